# loader/local.mk - placeholder: the owner of loader/ replaces this fragment.
