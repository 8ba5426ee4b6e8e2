/*
 * The floor: the least any Markdown site generator must do. Reads every *.md file in a
 * directory, renders it with cmark_markdown_to_html and writes one .html file per input.
 *
 *     cmark_floor THREADS INPUT_DIR OUTPUT_DIR
 *
 * The sorted file list is dealt out round-robin to THREADS pthreads. OUTPUT_DIR is created if
 * missing. Build: cc -O2 cmark_floor.c $(pkg-config --cflags --libs libcmark) -lpthread
 */
#define _GNU_SOURCE
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **names;
static size_t count;
static const char *in_dir, *out_dir;
static int nthreads;

struct job {
    int index;
    int failed;
};

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_all(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) { close(fd); return NULL; }
    char *buf = malloc((size_t)st.st_size + 1);
    size_t got = 0;
    while (buf && got < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
        if (r <= 0) { free(buf); buf = NULL; break; }
        got += (size_t)r;
    }
    close(fd);
    if (buf) { buf[got] = 0; *len = got; }
    return buf;
}

static int write_all(const char *path, const char *data, size_t len) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return -1;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w <= 0) { close(fd); return -1; }
        done += (size_t)w;
    }
    return close(fd);
}

static void *work(void *arg) {
    struct job *job = arg;
    char in[4096], out[4096];
    for (size_t i = (size_t)job->index; i < count; i += (size_t)nthreads) {
        size_t len = 0;
        snprintf(in, sizeof in, "%s/%s", in_dir, names[i]);
        char *md = read_all(in, &len);
        if (!md) { perror(in); job->failed = 1; continue; }
        char *html = cmark_markdown_to_html(md, len, CMARK_OPT_DEFAULT);
        size_t n = strlen(names[i]);
        snprintf(out, sizeof out, "%s/%.*s.html", out_dir, (int)(n - 3), names[i]);
        if (write_all(out, html, strlen(html)) != 0) { perror(out); job->failed = 1; }
        free(html);
        free(md);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s THREADS INPUT_DIR OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    nthreads = atoi(argv[1]);
    in_dir = argv[2];
    out_dir = argv[3];
    if (nthreads < 1) nthreads = 1;
    if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) { perror(out_dir); return 1; }

    DIR *d = opendir(in_dir);
    if (!d) { perror(in_dir); return 1; }
    size_t cap = 1024;
    names = malloc(cap * sizeof *names);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".md") != 0) continue;
        if (count == cap) names = realloc(names, (cap *= 2) * sizeof *names);
        names[count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, cmp);

    pthread_t *tids = calloc((size_t)nthreads, sizeof *tids);
    struct job *jobs = calloc((size_t)nthreads, sizeof *jobs);
    for (int t = 0; t < nthreads; t++) {
        jobs[t].index = t;
        pthread_create(&tids[t], NULL, work, &jobs[t]);
    }
    int failed = 0;
    for (int t = 0; t < nthreads; t++) {
        pthread_join(tids[t], NULL);
        failed |= jobs[t].failed;
    }
    fprintf(stderr, "cmark_floor: %zu pages, %d thread(s)\n", count, nthreads);
    return failed;
}
