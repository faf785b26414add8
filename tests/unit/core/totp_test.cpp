#include "core/totp.hpp"

#include <gtest/gtest.h>

#include <string>

namespace motcua::core {
namespace {

template <std::size_t N>
std::string hex(const std::array<std::uint8_t, N>& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (auto byte : digest) {
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0x0f]);
  }
  return out;
}

// FIPS 180-2 Appendix A and RFC 3174 §7.3.
TEST(Sha1, StandardVectors) {
  EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(hex(sha1(std::string(1'000'000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

// RFC 2202 §3, test cases 1, 2, 3, 6 and 7.
TEST(HmacSha1, Rfc2202Vectors) {
  EXPECT_EQ(hex(hmac_sha1(std::string(20, '\x0b'), "Hi There")),
            "b617318655057264e28bc0b6fb378c8ef146be00");
  EXPECT_EQ(hex(hmac_sha1("Jefe", "what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  EXPECT_EQ(hex(hmac_sha1(std::string(20, '\xaa'), std::string(50, '\xdd'))),
            "125d7342b9ac11cd91a39af48aa17b4f63f175d3");
  EXPECT_EQ(hex(hmac_sha1(std::string(80, '\xaa'),
                          "Test Using Larger Than Block-Size Key - Hash Key First")),
            "aa4ae5e15272d00e95705637ce8a3b55ed402112");
  EXPECT_EQ(hex(hmac_sha1(std::string(80, '\xaa'),
                          "Test Using Larger Than Block-Size Key and Larger Than One Block-Size "
                          "Data")),
            "e8e99d0f45237d786d6bbaa7965c7808bbff1a91");
}

// RFC 4648 §10 (without padding).
TEST(Base32, Rfc4648Vectors) {
  EXPECT_EQ(base32_encode(""), "");
  EXPECT_EQ(base32_encode("f"), "MY");
  EXPECT_EQ(base32_encode("fo"), "MZXQ");
  EXPECT_EQ(base32_encode("foo"), "MZXW6");
  EXPECT_EQ(base32_encode("foob"), "MZXW6YQ");
  EXPECT_EQ(base32_encode("fooba"), "MZXW6YTB");
  EXPECT_EQ(base32_encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(base32_decode("mzxw 6ytb oi======"), "foobar");
  EXPECT_EQ(base32_decode(base32_encode("12345678901234567890")), "12345678901234567890");
  EXPECT_FALSE(base32_decode("MZXW1"));
}

// RFC 4226 Appendix D.
TEST(Hotp, Rfc4226Vectors) {
  const std::string secret = "12345678901234567890";
  const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
  for (std::uint64_t counter = 0; counter < 10; ++counter)
    EXPECT_EQ(hotp(secret, counter), expected[counter]) << counter;
}

// RFC 6238 Appendix B, SHA-1 rows (8 digits), and the same steps at the 6 digits apps show.
TEST(Totp, Rfc6238AppendixBVectors) {
  const std::string secret = "12345678901234567890";
  const std::pair<std::int64_t, const char*> rows[] = {
      {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
      {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"}};
  for (const auto& [time, code] : rows) {
    EXPECT_EQ(totp(secret, time, 8), code) << time;
    EXPECT_EQ(totp(secret, time), std::string(code).substr(2)) << time;
  }
}

TEST(Totp, AcceptsOneStepOfDriftEitherWayAndNothingElse) {
  const std::string secret = "12345678901234567890";
  const std::int64_t now = 1111111111;
  const auto step = now / kTotpStepSeconds;
  EXPECT_EQ(totp_match(secret, totp(secret, now), now), step);
  EXPECT_EQ(totp_match(secret, totp(secret, now - 30), now), step - 1);
  EXPECT_EQ(totp_match(secret, totp(secret, now + 30), now), step + 1);
  EXPECT_FALSE(totp_match(secret, totp(secret, now - 60), now));
  EXPECT_FALSE(totp_match(secret, totp(secret, now + 60), now));
  EXPECT_FALSE(totp_match(secret, "12345", now));
  EXPECT_FALSE(totp_match(secret, totp(secret, now, 8), now));
}

}  // namespace
}  // namespace motcua::core
