# signal/local.mk - placeholder: the owner of signal/ replaces this fragment.
