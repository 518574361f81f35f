// libcurl for Kresba's downloads, opened with dlopen() the first time a URL is fetched.
//
// Linking libcurl (as FoundationNetworking's URLSession did) made every kresba process load it and
// ~27 libraries it needs (OpenSSL, GnuTLS, LDAP, Kerberos...), costing several milliseconds and
// megabytes per render although almost no render downloads anything. So nothing links curl; this
// shim looks its functions up at run time and wraps curl_easy_setopt and curl_easy_getinfo, which
// are variadic and cannot be called from Swift, in one function per argument type.
//
// The few option numbers and result codes used are declared below rather than taken from
// <curl/curl.h>, so building Kresba needs no curl development package. They are part of libcurl's
// stable ABI (soname libcurl.so.4); the values are those of curl/curl.h.
#ifndef KRESBA_CCURL_H
#define KRESBA_CCURL_H

#include <stddef.h>
#include <stdint.h>

// Options (CURLOPT_*): the number encodes the argument type (0 long, 10000 pointer or string,
// 20000 function, 30000 curl_off_t), which decides the kresba_curl_setopt_* function to use.
enum {
    KRESBA_CURLOPT_WRITEDATA = 10001,
    KRESBA_CURLOPT_URL = 10002,
    KRESBA_CURLOPT_ERRORBUFFER = 10010,
    KRESBA_CURLOPT_USERAGENT = 10018,
    KRESBA_CURLOPT_HEADERDATA = 10029,
    KRESBA_CURLOPT_ACCEPT_ENCODING = 10102,
    KRESBA_CURLOPT_PROTOCOLS_STR = 10318,
    KRESBA_CURLOPT_REDIR_PROTOCOLS_STR = 10319,
    KRESBA_CURLOPT_WRITEFUNCTION = 20011,
    KRESBA_CURLOPT_HEADERFUNCTION = 20079,
    KRESBA_CURLOPT_FOLLOWLOCATION = 52,
    KRESBA_CURLOPT_MAXREDIRS = 68,
    KRESBA_CURLOPT_NOSIGNAL = 99,
    KRESBA_CURLOPT_TIMEOUT_MS = 155,
    KRESBA_CURLOPT_CONNECTTIMEOUT_MS = 156,
    KRESBA_CURLOPT_MAXFILESIZE_LARGE = 30117,
};

// Result codes (CURLE_*) that Kresba tells apart.
enum {
    KRESBA_CURLE_OK = 0,
    KRESBA_CURLE_UNSUPPORTED_PROTOCOL = 1,
    KRESBA_CURLE_COULDNT_RESOLVE_PROXY = 5,
    KRESBA_CURLE_COULDNT_RESOLVE_HOST = 6,
    KRESBA_CURLE_COULDNT_CONNECT = 7,
    KRESBA_CURLE_WRITE_ERROR = 23,
    KRESBA_CURLE_OPERATION_TIMEDOUT = 28,
    KRESBA_CURLE_SSL_CONNECT_ERROR = 35,
    KRESBA_CURLE_TOO_MANY_REDIRECTS = 47,
    KRESBA_CURLE_GOT_NOTHING = 52,
    KRESBA_CURLE_SSL_CERTPROBLEM = 58,
    KRESBA_CURLE_PEER_FAILED_VERIFICATION = 60,
    KRESBA_CURLE_FILESIZE_EXCEEDED = 63,
    KRESBA_CURLE_SSL_CACERT_BADFILE = 77,
    KRESBA_CURLE_SSL_ISSUER_ERROR = 83,
};

/// CURL_ERROR_SIZE: the size of the buffer given to KRESBA_CURLOPT_ERRORBUFFER.
#define KRESBA_CURL_ERROR_SIZE 256

/// A loaded libcurl: its functions, looked up once.
typedef struct kresba_curl_library kresba_curl_library;

/// One transfer: a CURL easy handle and the request headers it sends.
typedef struct kresba_curl kresba_curl;

/// The write and header callbacks' type (curl_write_callback): returning less than
/// `size * count` aborts the transfer with KRESBA_CURLE_WRITE_ERROR.
typedef size_t (*kresba_curl_callback)(char *data, size_t size, size_t count, void *context);

/// Opens the shared library `name` (e.g. "libcurl.so.4") and runs curl_global_init once for it.
/// Returns NULL when the library or one of the functions is missing. Thread-safe; a library that
/// opened is kept for the life of the process (curl's global state cannot be unloaded safely).
const kresba_curl_library *kresba_curl_load(const char *name);

/// curl_easy_init; NULL when curl cannot make a handle.
kresba_curl *kresba_curl_easy_init(const kresba_curl_library *library);

/// curl_easy_setopt with a long, a string, a data pointer, a callback or a curl_off_t.
/// Return a CURLcode (KRESBA_CURLE_OK on success).
int kresba_curl_setopt_long(kresba_curl *curl, int option, long value);
int kresba_curl_setopt_string(kresba_curl *curl, int option, const char *value);
int kresba_curl_setopt_pointer(kresba_curl *curl, int option, void *value);
int kresba_curl_setopt_callback(kresba_curl *curl, int option, kresba_curl_callback value);
int kresba_curl_setopt_offset(kresba_curl *curl, int option, int64_t value);

/// Adds a request header line ("Name: value") with curl_slist_append; the list is sent by
/// kresba_curl_perform and freed by kresba_curl_easy_cleanup. Returns 0 when out of memory.
int kresba_curl_add_header(kresba_curl *curl, const char *line);

/// curl_easy_perform, with the headers added so far. Returns a CURLcode.
int kresba_curl_perform(kresba_curl *curl);

/// curl_easy_getinfo(CURLINFO_RESPONSE_CODE): the last response's HTTP status, 0 when none.
long kresba_curl_response_code(kresba_curl *curl);

/// curl_easy_strerror: a static English description of a CURLcode.
const char *kresba_curl_strerror(kresba_curl *curl, int code);

/// curl_easy_cleanup and curl_slist_free_all; frees `curl`.
void kresba_curl_easy_cleanup(kresba_curl *curl);

#endif
