// fontconfig keeps the font configuration and every pattern it has matched in process-wide caches
// that it never frees (pango and cairo load fonts through it). LeakSanitizer reports them at exit
// on the sanitizer run of scripts/test; they are allocated once, not per document (rendering the
// same forms 1 or 5 times leaks the same bytes), so they are suppressed here by library. A leak
// whose allocation passes only through motcua's own code is still reported.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
