/* sandbox.c — pages parsed in a confined child process.
 *
 * A child keeps nothing of the parent's but two pipes: every other file
 * descriptor is closed (no terminal, no sockets, no files), its address
 * space and CPU time are limited, and a seccomp filter lets it do little
 * more than use memory, read its requests and write its answers.
 *
 * Pages go to one such worker, which stays for the next page: forking a
 * child for every page cost ~4 ms a page (its first writes copy the
 * parent's heap page by page), a worker that stays costs well under one.
 * The parent gives a page SANDBOX_CPU_SECONDS; a worker that takes longer
 * is killed, one that crashes or is killed is reaped, and the next page
 * gets a new worker. A worker also ends itself after many pages, so no
 * page inherits much of another's heap. */
#include <config.h>

#include "sandbox.h"
#include "analyze/analyze.h"
#include "buf.h"
#include "html.h"
#include "i18n.h"
#include "wire.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <seccomp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAGIC0 'L'
#define MAGIC1 'D'
#define FLAG_CONFINED 1
#define MAX_RESULT (1ul << 30)  /* more than this from a child is not an article */
#define WORKER_PAGES 256        /* a worker's pages before it makes way for a new one */
#define ANSWER_LAST 1           /* in an answer's fourth byte: the worker's last */

/* ---- in the child ---- */

static bool write_all(int fd, const void *data, size_t n)
{
	const char *p = data;
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

static bool read_all(int fd, void *data, size_t n)
{
	char *p = data;
	while (n > 0) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return false;
		p += r;
		n -= (size_t)r;
	}
	return true;
}

/* What the child may do from now on: memory, its pipes, ending. */
static bool confine(void)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
	if (!ctx)
		return false;
	static const int allowed[] = {
		SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(close), SCMP_SYS(exit),
		SCMP_SYS(exit_group), SCMP_SYS(brk), SCMP_SYS(mmap), SCMP_SYS(munmap),
		SCMP_SYS(mremap), SCMP_SYS(madvise), SCMP_SYS(rt_sigreturn),
		/* glibc's qsort asks how much memory the machine has */
		SCMP_SYS(sysinfo),
		/* the worker's own CPU time, to know when to make way */
		SCMP_SYS(clock_gettime),
		/* abort() on an assertion: ends with SIGABRT, not SIGSYS */
		SCMP_SYS(rt_sigprocmask), SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(tgkill),
	};
	bool ok = true;
	for (size_t i = 0; i < sizeof allowed / sizeof *allowed && ok; i++)
		ok = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, allowed[i], 0) == 0;
#ifdef LEDE_SANITIZERS
	/* ASan and UBSan at work and when they report (on the stderr this
	 * build keeps); the terminal cannot be driven from here */
	static const int sanitizers[] = {
		SCMP_SYS(sigaltstack), SCMP_SYS(mprotect), SCMP_SYS(sched_yield), SCMP_SYS(futex),
		SCMP_SYS(rt_sigaction), SCMP_SYS(getrlimit), SCMP_SYS(prlimit64),
	};
	for (size_t i = 0; i < sizeof sanitizers / sizeof *sanitizers && ok; i++)
		ok = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, sanitizers[i], 0) == 0;
	ok = ok && seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOTTY), SCMP_SYS(ioctl), 0) == 0;
#endif
	ok = ok && seccomp_load(ctx) == 0;
	seccomp_release(ctx);
	return ok;
}

/* The address space the process uses now, in bytes. */
static unsigned long address_space(void)
{
	unsigned long pages = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%lu", &pages) != 1)
			pages = 0;
		fclose(f);
	}
	return pages * (unsigned long)sysconf(_SC_PAGESIZE);
}

/* Keep only in (as 0) and out (as 1); limits; the filter. Returns whether
 * the filter is on. */
static bool become_child(int in, int out, unsigned cpu_seconds, unsigned long vm)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP };
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		signal(sigs[i], SIG_DFL);
	/* 0 and 1 are the pipes; nothing else stays open (no terminal, no
	 * sockets, no files); a sanitizer build keeps stderr for its reports */
#ifdef LEDE_SANITIZERS
	const int first_closed = 3;
#else
	const int first_closed = 2;
#endif
	int a = fcntl(in, F_DUPFD, 10), b = fcntl(out, F_DUPFD, 10);
	if (a < 0 || b < 0 || dup2(a, 0) < 0 || dup2(b, 1) < 0)
		_exit(1);
	if (close_range((unsigned)first_closed, ~0u, 0) < 0)
		for (int fd = first_closed; fd < 1024; fd++)
			close(fd);
	/* jansson (JSON-LD metadata) seeds its hashes from /dev/urandom on
	 * first use: now, before the filter forbids opening files */
	json_object_seed(0);
	struct rlimit cpu = { cpu_seconds, cpu_seconds + 2 };
	setrlimit(RLIMIT_CPU, &cpu);
	struct rlimit core = { 0, 0 };
	setrlimit(RLIMIT_CORE, &core);
	if (vm > 0) {
		struct rlimit as = { vm + SANDBOX_MEMORY, vm + SANDBOX_MEMORY };
		setrlimit(RLIMIT_AS, &as);
	}
	return confine();
}

/* ---- the one-shot child (sandbox_call) ---- */

static void one_shot(int (*work)(void *ctx, struct buf *out), void *ctx)
{
	char head[4] = { MAGIC0, MAGIC1, 0, 0 };
	struct buf out = BUF_INIT;
	int st = work(ctx, &out);
	head[2] = (char)(st & 0x7F);
	bool ok = !out.failed && write_all(1, head, sizeof head);
	if (ok && out.data)
		ok = write_all(1, out.data, out.len);
	_exit(ok ? 0 : 1);
}

/* ---- in the parent ---- */

/* Why a child ended without its answer. */
static const char *why_ended(int status, bool too_big)
{
	if (too_big)
		return N_("its result was too large");
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		return sig == SIGXCPU || sig == SIGKILL ? N_("it took too long") :
		       sig == SIGSYS ? N_("it tried something the sandbox forbids") :
		       N_("the parser crashed");
	}
	return N_("the parser ended without an answer");
}

static pid_t spawn(unsigned cpu_seconds, int *to, int *from, void (*body)(void *), void *arg)
{
	int req[2], resp[2];
	if (pipe2(req, O_CLOEXEC) < 0)
		return -1;
	if (pipe2(resp, O_CLOEXEC) < 0) {
		close(req[0]);
		close(req[1]);
		return -1;
	}
	unsigned long vm = address_space();
	pid_t pid = fork();
	if (pid < 0) {
		close(req[0]);
		close(req[1]);
		close(resp[0]);
		close(resp[1]);
		return -1;
	}
	if (pid == 0) {
		bool confined = become_child(req[0], resp[1], cpu_seconds, vm);
		/* the first byte the child writes says whether it is confined */
		char c = confined ? FLAG_CONFINED : 0;
		if (!write_all(1, &c, 1))
			_exit(1);
		body(arg);
		_exit(0);
	}
	close(req[0]);
	close(resp[1]);
	*to = req[1];
	*from = resp[0];
	return pid;
}

struct shot {
	int (*work)(void *ctx, struct buf *out);
	void *ctx;
};

static void shot_body(void *arg)
{
	struct shot *s = arg;
	one_shot(s->work, s->ctx);
}

int sandbox_call(int (*work)(void *ctx, struct buf *out), void *ctx, unsigned cpu_seconds,
		 struct buf *result, int *status_out, char **reason, bool *unconfined)
{
	*reason = NULL;
	if (unconfined)
		*unconfined = false;
	struct shot s = { work, ctx };
	int to, from;
	pid_t pid = spawn(cpu_seconds, &to, &from, shot_body, &s);
	if (pid < 0) {
		*reason = strdup(strerror(errno));
		return -1;
	}
	close(to);
	struct buf in = BUF_INIT;
	char chunk[65536];
	bool too_big = false;
	for (;;) {
		ssize_t r = read(from, chunk, sizeof chunk);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		if (in.len + (size_t)r > MAX_RESULT) {
			too_big = true;
			break;
		}
		buf_append(&in, chunk, (size_t)r);
	}
	close(from);
	if (too_big)
		kill(pid, SIGKILL);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	bool answered = !too_big && !in.failed && in.len >= 5 && in.data[1] == MAGIC0 &&
			in.data[2] == MAGIC1;
	if (!answered || WIFSIGNALED(status)) {
		buf_free(&in);
		*reason = strdup(_(why_ended(status, too_big)));
		return -1;
	}
	if (unconfined)
		*unconfined = !(in.data[0] & FLAG_CONFINED);
	*status_out = in.data[3];
	buf_append(result, in.data + 5, in.len - 5);
	buf_free(&in);
	return result->failed ? -1 : 0;
}

/* ---- the worker for pages ---- */

/* The worker the pipeline's pages go to (the one state this module keeps,
 * like libcurl's global init). */
static struct {
	pid_t pid;
	int to, from;
	bool ready;             /* its first byte (confined or not) was read */
	bool unconfined;
} worker;

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static double cpu_time(void)
{
	struct timespec t;
	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) < 0)
		return 0;
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A request: u32 page length, the page (UTF-8), u32 address length (0:
 * none), the address. An answer: "LD", status, 0, u32 length, the wire
 * form. */
static void worker_body(void *arg)
{
	(void)arg;
	for (unsigned pages = 0; pages < WORKER_PAGES; pages++) {
		unsigned char n[4];
		if (!read_all(0, n, 4))
			return;
		uint32_t len = get32(n);
		char *page = malloc((size_t)len + 1);
		if (!page || !read_all(0, page, len))
			return;
		page[len] = '\0';
		if (!read_all(0, n, 4)) {
			free(page);
			return;
		}
		uint32_t ulen = get32(n);
		char *url = ulen ? malloc((size_t)ulen + 1) : NULL;
		if (ulen && (!url || !read_all(0, url, ulen))) {
			free(page);
			free(url);
			return;
		}
		if (url)
			url[ulen] = '\0';
		struct article a;
		memset(&a, 0, sizeof a);
		enum extract_status st = EXTRACT_NO_MEMORY;
		struct html_doc doc;
		if (html_parse(page, len, &doc) == 0) {
			st = extract_article(doc.output, url, &a);
			html_free(&doc);
			if (st == EXTRACT_OK && analyze_article(&a) < 0)
				st = EXTRACT_NO_MEMORY;
		}
		free(page);
		free(url);
		struct buf out = BUF_INIT;
		buf_append(&out, "LD\0\0\0\0\0\0", 8);
		if (st != EXTRACT_NO_MEMORY && wire_write(&a, &out) < 0)
			st = EXTRACT_NO_MEMORY;
		article_free(&a);
		if (out.failed)
			return;
		/* after its share of pages, running out of memory, or most
		 * of its CPU time, a fresh worker serves the next page; the
		 * answer says so, or the parent might send the next page to
		 * a worker on its way out */
		bool leaving = pages + 1 >= WORKER_PAGES || st == EXTRACT_NO_MEMORY ||
			       cpu_time() > SANDBOX_CPU_SECONDS * 0.25;
		out.data[2] = (char)st;
		out.data[3] = leaving ? ANSWER_LAST : 0;
		put32((unsigned char *)out.data + 4, (uint32_t)(out.len - 8));
		bool ok = write_all(1, out.data, out.len);
		buf_free(&out);
		if (!ok || leaving)
			return;
	}
}

static void worker_end(bool kill_it)
{
	if (worker.pid <= 0)
		return;
	close(worker.to);
	close(worker.from);
	if (kill_it)
		kill(worker.pid, SIGKILL);
	int status;
	while (waitpid(worker.pid, &status, 0) < 0 && errno == EINTR)
		;
	worker.pid = 0;
}

static bool worker_spawn(void)
{
	/* a worker gone since the last page: reap it */
	if (worker.pid > 0) {
		int status;
		if (waitpid(worker.pid, &status, WNOHANG) == 0)
			return true;
		close(worker.to);
		close(worker.from);
		worker.pid = 0;
	}
	worker.ready = false;
	worker.pid = spawn(SANDBOX_CPU_SECONDS, &worker.to, &worker.from, worker_body, NULL);
	if (worker.pid < 0) {
		worker.pid = 0;
		return false;
	}
	return true;
}

static bool worker_start(void)
{
	if (!worker_spawn())
		return false;
	if (worker.ready)
		return true;
	/* its first byte: whether it is confined */
	char c;
	if (!read_all(worker.from, &c, 1)) {
		worker_end(true);
		return false;
	}
	worker.ready = true;
	worker.unconfined = !(c & FLAG_CONFINED);
	return true;
}

void sandbox_prepare(void)
{
	if (worker.pid <= 0)
		worker_spawn();
}

/* Read n bytes from the worker within the deadline (CLOCK_MONOTONIC). */
static int read_deadline(void *data, size_t n, const struct timespec *deadline)
{
	char *p = data;
	while (n > 0) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long ms = (deadline->tv_sec - now.tv_sec) * 1000 + (deadline->tv_nsec - now.tv_nsec) / 1000000;
		if (ms <= 0)
			return -2;
		struct pollfd pf = { worker.from, POLLIN, 0 };
		int r = poll(&pf, 1, (int)(ms > 60000 ? 60000 : ms));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			continue;
		ssize_t got = read(worker.from, p, n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return -1;
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

/* The worker did not answer: end it, and say why. */
static char *worker_failed(bool timed_out)
{
	int status = 0;
	if (worker.pid > 0) {
		close(worker.to);
		close(worker.from);
		if (timed_out)
			kill(worker.pid, SIGKILL);
		while (waitpid(worker.pid, &status, 0) < 0 && errno == EINTR)
			;
		worker.pid = 0;
	}
	return strdup(_(timed_out ? N_("it took too long") : why_ended(status, false)));
}

int sandbox_extract(const char *utf8, size_t len, const char *url, struct article *a,
		    enum extract_status *st, char **reason, bool *unconfined)
{
	memset(a, 0, sizeof *a);
	*reason = NULL;
	if (unconfined)
		*unconfined = false;
	if (len > UINT32_MAX - 1) {
		*reason = strdup(_("its result was too large"));
		return -1;
	}
	/* a pipe to a worker that left since the last page fails at once: a
	 * new worker then */
	for (int attempt = 0;; attempt++) {
		if (!worker_start()) {
			*reason = strdup(strerror(errno ? errno : ENOMEM));
			return -1;
		}
		unsigned char n[4];
		size_t ulen = url ? strlen(url) : 0;
		put32(n, (uint32_t)len);
		bool ok = write_all(worker.to, n, 4) && write_all(worker.to, utf8, len);
		put32(n, (uint32_t)ulen);
		ok = ok && write_all(worker.to, n, 4) && (!ulen || write_all(worker.to, url, ulen));
		if (ok)
			break;
		worker_end(true);
		if (attempt > 0) {
			*reason = strdup(_("the parser ended without an answer"));
			return -1;
		}
	}
	if (unconfined)
		*unconfined = worker.unconfined;
	struct timespec deadline;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += SANDBOX_CPU_SECONDS;
	unsigned char head[8];
	int r = read_deadline(head, sizeof head, &deadline);
	if (r < 0 || head[0] != MAGIC0 || head[1] != MAGIC1 || head[2] > EXTRACT_NO_MEMORY) {
		*reason = worker_failed(r == -2);
		return -1;
	}
	uint32_t size = get32(head + 4);
	if (size > MAX_RESULT || (head[3] & ~ANSWER_LAST)) {
		worker_end(true);
		*reason = strdup(_("its result was too large"));
		return -1;
	}
	struct buf in = BUF_INIT;
	if (!buf_reserve(&in, size)) {
		worker_end(true);
		*st = EXTRACT_NO_MEMORY;
		return 0;
	}
	r = read_deadline(in.data, size, &deadline);
	if (r < 0) {
		buf_free(&in);
		*reason = worker_failed(r == -2);
		return -1;
	}
	in.len = size;
	if (head[3] & ANSWER_LAST)
		worker_end(false);      /* the next page goes to a new one */
	*st = (enum extract_status)head[2];
	if (*st == EXTRACT_NO_MEMORY) {
		buf_free(&in);
		return 0;
	}
	int w = wire_read(in.data, in.len, a);
	buf_free(&in);
	if (w < 0) {
		*st = EXTRACT_NO_MEMORY;
		return 0;
	}
	if (w > 0) {
		worker_end(true);       /* it lies: no more pages for it */
		*reason = strdup(_("its result was not a valid article"));
		return -1;
	}
	return 0;
}

void sandbox_stop(void)
{
	worker_end(false);
}
