#pragma once
// Requirements §8 lockout, held per (user name, client address): failures from one address lock
// that name for that address only, so a stranger cannot lock anyone out of their own sign-in.
#include <optional>
#include <string>

#include "app/ports/login_records.hpp"
#include "app/services.hpp"

namespace motcua::app {

// Until when a sign-in of this name from this address is refused unchecked; nullopt when it may
// be tried now.
std::optional<core::Instant> login_locked_until(const std::optional<LoginFailures>& failures,
                                                core::Instant now);

// The record after one more failure. The policy's maximum-th failure locks for the lockout time;
// each failure after that (once the lock has run out) locks again for twice as long as the last,
// up to the policy's longest lockout, so a patient guesser slows down exponentially.
LoginFailures after_login_failure(const std::optional<LoginFailures>& previous,
                                  const std::string& username, const std::string& address,
                                  core::Instant now, const Policy& policy);

// The key a sign-in attempt is counted under: the name as stored, or "" for a name no account can
// have (so a flood of made-up long names shares one row per address).
std::string login_key(const std::string& typed_username);

// Counts one failed sign-in (a wrong password or a wrong one-time code) of `key` from `ip`, locking
// when the policy says so. Unknown names are counted and locked exactly like real ones.
void record_login_failure(Services& services, const std::string& key, const std::string& ip,
                          core::Instant now);

// Refuses a locked-out attempt with the time the lock ends (429 with Retry-After).
[[noreturn]] void throw_login_locked(core::Instant until, core::Instant now);

}  // namespace motcua::app
