/*
 * hello.S - the smallest guest: raw write(2) and exit_group(2) system
 * calls (Linux arm64 numbers 64 and 94), no libc.  Exit status 3.
 */
// test-expect: file
// test-status: 3
// test-ldflags: -nostdlib
	.text
	.globl _start
_start:
	mov	x0, #1			// fd = stdout
	adr	x1, msg
	mov	x2, #msg_len
	mov	x8, #64			// __NR_write
	svc	#0
	mov	x0, #3
	mov	x8, #94			// __NR_exit_group
	svc	#0
	brk	#0			// not reached

msg:	.ascii "hello from aarch64\n"
	.set msg_len, . - msg
