# syscall/local.mk - placeholder: the owner of syscall/ replaces this fragment.
