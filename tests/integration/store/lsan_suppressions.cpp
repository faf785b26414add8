// LeakSanitizer reads this hook at startup (it is unused in other builds). When the server ends a
// session (the reconnection test terminates every backend), libpq keeps the error result it read
// from the dropped socket where nothing frees it: a few hundred bytes per dropped connection,
// inside libpq/libpqxx. Our own objects (connections, pools) allocate from our frames and are still
// checked.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions() { return "leak:libpq.so\n"; }
