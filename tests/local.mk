# tests/local.mk - placeholder: the owner of tests/ replaces this fragment.
