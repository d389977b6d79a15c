/*
 * thread_main_exit.c - the main thread ends with pthread_exit (the
 * guest's SYS_exit ends only that thread) while two others carry on;
 * the process ends with status 0 when the last one returns.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_t main_id;

static void *worker(void *arg)
{
	long id = (long)arg;
	usleep(20000 * (id + 1));
	printf("worker %ld still runs after main's pthread_exit, main joinable %d\n", id,
	       id == 1 ? pthread_join(main_id, NULL) == 0 : 1);
	return NULL;
}

int main(void)
{
	pthread_t t;

	setvbuf(stdout, NULL, _IONBF, 0);
	main_id = pthread_self();
	pthread_create(&t, NULL, worker, (void *)0);
	pthread_create(&t, NULL, worker, (void *)1);
	printf("main calls pthread_exit\n");
	pthread_exit(NULL);
}
