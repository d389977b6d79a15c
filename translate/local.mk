# translate/local.mk - placeholder: the owner of translate/ replaces this fragment.
