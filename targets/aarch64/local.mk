# targets/aarch64/local.mk - placeholder: the owner of targets/aarch64/ replaces this fragment.
