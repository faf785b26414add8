#pragma once
// Time-based one-time passwords for two-factor login (requirements §8, MFA for administrators):
// RFC 6238 over HMAC-SHA-1 (RFC 2104) as every authenticator app implements it: 30-second steps,
// 6 digits. SHA-1 here only keys an HMAC, where its collision weakness does not apply.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::core {

// SHA-1 (FIPS 180-4) of `data`.
std::array<std::uint8_t, 20> sha1(std::string_view data);
// HMAC-SHA-1 (RFC 2104) of `message` under `key`.
std::array<std::uint8_t, 20> hmac_sha1(std::string_view key, std::string_view message);

// RFC 4648 base32 without padding, as otpauth:// URIs carry secrets; decoding ignores case,
// spaces and padding, and fails on any other character.
std::string base32_encode(std::string_view bytes);
std::optional<std::string> base32_decode(std::string_view text);

inline constexpr int kTotpStepSeconds = 30;

// The RFC 4226 code of `counter` under `secret`, `digits` long with leading zeros.
std::string hotp(std::string_view secret, std::uint64_t counter, int digits = 6);
// The code for the step holding `unix_seconds`.
std::string totp(std::string_view secret, std::int64_t unix_seconds, int digits = 6);
// The step `code` belongs to, if it matches the current step or the one before or after (clocks
// drift); nothing otherwise. The caller refuses a step already used, so each code works once.
std::optional<std::int64_t> totp_match(std::string_view secret, std::string_view code,
                                       std::int64_t unix_seconds);

}  // namespace motcua::core
