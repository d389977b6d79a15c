# backend/x86_64/local.mk - placeholder: the owner of backend/x86_64/ replaces this fragment.
