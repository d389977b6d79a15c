# tools/local.mk - placeholder: the owner of tools/ replaces this fragment.
