// See include/CCurl.h: libcurl's easy interface through function pointers found with dlsym().
#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// libcurl's own types, as opaque as Kresba needs them.
typedef void CURL;
struct curl_slist;

// CURLOPT_HTTPHEADER: set by kresba_curl_perform only, from the list kresba_curl_add_header makes.
#define KRESBA_CURLOPT_HTTPHEADER 10023
// CURLINFO_RESPONSE_CODE: CURLINFO_LONG (0x200000) + 2.
#define KRESBA_CURLINFO_RESPONSE_CODE 0x200002
// CURL_GLOBAL_DEFAULT: CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32.
#define KRESBA_CURL_GLOBAL_DEFAULT 3L

struct kresba_curl_library {
    struct kresba_curl_library *next;
    char *name;
    int (*global_init)(long flags);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *curl, int option, ...);
    int (*easy_perform)(CURL *curl);
    int (*easy_getinfo)(CURL *curl, int info, ...);
    const char *(*easy_strerror)(int code);
    void (*easy_cleanup)(CURL *curl);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *line);
    void (*slist_free_all)(struct curl_slist *list);
};

struct kresba_curl {
    const kresba_curl_library *library;
    CURL *handle;
    struct curl_slist *headers;
};

// Libraries opened so far, by name: normally one. The lock makes the first load and
// curl_global_init (which is not thread-safe) happen once even when charts render in parallel.
static pthread_mutex_t loaded_lock = PTHREAD_MUTEX_INITIALIZER;
static kresba_curl_library *loaded = NULL;

static kresba_curl_library *open_library(const char *name) {
    // RTLD_LOCAL: curl's symbols (and OpenSSL's) stay out of the global namespace.
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return NULL;
    kresba_curl_library *library = calloc(1, sizeof *library);
    if (library == NULL) {
        dlclose(handle);
        return NULL;
    }
    // POSIX guarantees that data and function pointers convert through void *.
    *(void **)&library->global_init = dlsym(handle, "curl_global_init");
    *(void **)&library->easy_init = dlsym(handle, "curl_easy_init");
    *(void **)&library->easy_setopt = dlsym(handle, "curl_easy_setopt");
    *(void **)&library->easy_perform = dlsym(handle, "curl_easy_perform");
    *(void **)&library->easy_getinfo = dlsym(handle, "curl_easy_getinfo");
    *(void **)&library->easy_strerror = dlsym(handle, "curl_easy_strerror");
    *(void **)&library->easy_cleanup = dlsym(handle, "curl_easy_cleanup");
    *(void **)&library->slist_append = dlsym(handle, "curl_slist_append");
    *(void **)&library->slist_free_all = dlsym(handle, "curl_slist_free_all");
    library->name = strdup(name);
    if (library->global_init == NULL || library->easy_init == NULL || library->easy_setopt == NULL
        || library->easy_perform == NULL || library->easy_getinfo == NULL || library->easy_strerror == NULL
        || library->easy_cleanup == NULL || library->slist_append == NULL || library->slist_free_all == NULL
        || library->name == NULL || library->global_init(KRESBA_CURL_GLOBAL_DEFAULT) != KRESBA_CURLE_OK) {
        free(library->name);
        free(library);
        dlclose(handle);
        return NULL;
    }
    return library;
}

const kresba_curl_library *kresba_curl_load(const char *name) {
    pthread_mutex_lock(&loaded_lock);
    kresba_curl_library *library = loaded;
    while (library != NULL && strcmp(library->name, name) != 0) library = library->next;
    if (library == NULL) {
        // A failure is not remembered: installing libcurl4 fixes a long-running process too.
        library = open_library(name);
        if (library != NULL) {
            library->next = loaded;
            loaded = library;
        }
    }
    pthread_mutex_unlock(&loaded_lock);
    return library;
}

kresba_curl *kresba_curl_easy_init(const kresba_curl_library *library) {
    kresba_curl *curl = calloc(1, sizeof *curl);
    if (curl == NULL) return NULL;
    curl->library = library;
    curl->handle = library->easy_init();
    if (curl->handle == NULL) {
        free(curl);
        return NULL;
    }
    return curl;
}

int kresba_curl_setopt_long(kresba_curl *curl, int option, long value) {
    return curl->library->easy_setopt(curl->handle, option, value);
}

int kresba_curl_setopt_string(kresba_curl *curl, int option, const char *value) {
    return curl->library->easy_setopt(curl->handle, option, value);
}

int kresba_curl_setopt_pointer(kresba_curl *curl, int option, void *value) {
    return curl->library->easy_setopt(curl->handle, option, value);
}

int kresba_curl_setopt_callback(kresba_curl *curl, int option, kresba_curl_callback value) {
    return curl->library->easy_setopt(curl->handle, option, value);
}

int kresba_curl_setopt_offset(kresba_curl *curl, int option, int64_t value) {
    // curl_off_t is a 64-bit signed integer on every platform libcurl.so.4 is built for.
    return curl->library->easy_setopt(curl->handle, option, value);
}

int kresba_curl_add_header(kresba_curl *curl, const char *line) {
    struct curl_slist *list = curl->library->slist_append(curl->headers, line);
    if (list == NULL) return 0;
    curl->headers = list;
    return 1;
}

int kresba_curl_perform(kresba_curl *curl) {
    // The option takes the list itself, which must outlive the transfer.
    int set = curl->library->easy_setopt(curl->handle, KRESBA_CURLOPT_HTTPHEADER, curl->headers);
    if (set != KRESBA_CURLE_OK) return set;
    return curl->library->easy_perform(curl->handle);
}

long kresba_curl_response_code(kresba_curl *curl) {
    long code = 0;
    if (curl->library->easy_getinfo(curl->handle, KRESBA_CURLINFO_RESPONSE_CODE, &code) != KRESBA_CURLE_OK) {
        return 0;
    }
    return code;
}

const char *kresba_curl_strerror(kresba_curl *curl, int code) {
    return curl->library->easy_strerror(code);
}

void kresba_curl_easy_cleanup(kresba_curl *curl) {
    if (curl == NULL) return;
    curl->library->easy_cleanup(curl->handle);
    curl->library->slist_free_all(curl->headers);
    free(curl);
}
