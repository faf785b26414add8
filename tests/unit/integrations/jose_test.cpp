#include "integrations/jose.hpp"

#include <gtest/gtest.h>

namespace motcua::integrations {
namespace {

using nlohmann::json;

// Generating RSA keys takes a while; every test shares two.
const RsaSigningKey& key() {
  static const auto shared = RsaSigningKey::generate();
  return shared;
}

const RsaSigningKey& other_key() {
  static const auto shared = RsaSigningKey::generate();
  return shared;
}

json key_set(const RsaSigningKey& signing_key) {
  return {{"keys", json::array({signing_key.jwk()})}};
}

const json kClaims = {
    {"iss", "http://127.0.0.1/vneid"}, {"sub", "vneid-001099012345"}, {"HoVaTen", "Nguyễn Văn An"}};

// A token with its header replaced: how an attacker picks the algorithm or the key.
std::string with_header(const std::string& token, const json& header) {
  const auto rest = token.substr(token.find('.'));
  return base64url_encode(header.dump()) + rest;
}

TEST(Jose, SignedTokenVerifiesAndYieldsTheClaims) {
  const auto token = key().sign_jwt(kClaims);
  std::string why;
  const auto claims = verify_jwt(token, key_set(key()), &why);
  ASSERT_TRUE(claims) << why;
  EXPECT_EQ(*claims, kClaims);
}

TEST(Jose, HeaderNamesRs256AndTheKey) {
  const auto token = key().sign_jwt(kClaims);
  const auto header = json::parse(*base64url_decode(token.substr(0, token.find('.'))));
  EXPECT_EQ(header, (json{{"alg", "RS256"}, {"typ", "JWT"}, {"kid", key().kid()}}));
}

TEST(Jose, JwkIsThePublicHalfOnly) {
  const auto jwk = key().jwk();
  EXPECT_EQ(jwk["kty"], "RSA");
  EXPECT_EQ(jwk["alg"], "RS256");
  EXPECT_EQ(jwk["use"], "sig");
  EXPECT_EQ(jwk["kid"], key().kid());
  EXPECT_EQ(jwk["e"], "AQAB");
  EXPECT_EQ(base64url_decode(jwk["n"].get<std::string>())->size(), 256U);
  EXPECT_FALSE(jwk.contains("d"));
  EXPECT_EQ(key().kid().size(), 16U);
  EXPECT_NE(key().kid(), other_key().kid());
}

TEST(Jose, TamperedPayloadFails) {
  const auto token = key().sign_jwt(kClaims);
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  auto forged = kClaims;
  forged["sub"] = "vneid-001099099999";
  const auto tampered =
      token.substr(0, first + 1) + base64url_encode(forged.dump()) + token.substr(second);
  std::string why;
  EXPECT_FALSE(verify_jwt(tampered, key_set(key()), &why));
  EXPECT_EQ(why, "signature does not verify");
}

TEST(Jose, WrongKeyFails) {
  const auto token = other_key().sign_jwt(kClaims);
  auto impostor = other_key().jwk();
  impostor["n"] = key().jwk()["n"];  // same kid, another modulus
  EXPECT_FALSE(verify_jwt(token, json{{"keys", json::array({impostor})}}));
}

TEST(Jose, AlgorithmNoneIsRefused) {
  const auto token = key().sign_jwt(kClaims);
  const auto unsigned_token = with_header(token.substr(0, token.rfind('.') + 1),
                                          {{"alg", "none"}, {"typ", "JWT"}, {"kid", key().kid()}});
  std::string why;
  EXPECT_FALSE(verify_jwt(unsigned_token, key_set(key()), &why));
  EXPECT_EQ(why, "algorithm not RS256");
  EXPECT_FALSE(
      verify_jwt(with_header(token, {{"alg", "HS256"}, {"kid", key().kid()}}), key_set(key())));
}

TEST(Jose, UnknownKidIsRefused) {
  const auto token = key().sign_jwt(kClaims);
  std::string why;
  EXPECT_FALSE(verify_jwt(token, key_set(other_key()), &why));
  EXPECT_EQ(why, "no key with kid " + key().kid());
}

TEST(Jose, TokenWithoutKidUsesTheOnlyKey) {
  const auto token = with_header(key().sign_jwt(kClaims), {{"alg", "RS256"}});
  // The header is part of what is signed: re-sign so only the missing kid is under test.
  const auto signed_text = token.substr(0, token.rfind('.'));
  const auto resigned = signed_text + "." + base64url_encode(key().sign_rs256(signed_text));
  EXPECT_TRUE(verify_jwt(resigned, key_set(key())));
  const json two_keys = {{"keys", json::array({key().jwk(), other_key().jwk()})}};
  EXPECT_FALSE(verify_jwt(resigned, two_keys));
}

TEST(Jose, MalformedAndOversizedTokensAreRefused) {
  EXPECT_FALSE(verify_jwt("", key_set(key())));
  EXPECT_FALSE(verify_jwt("a.b", key_set(key())));
  EXPECT_FALSE(verify_jwt("a.b.c.d", key_set(key())));
  EXPECT_FALSE(verify_jwt(std::string(kMaxJwtBytes + 1, 'a'), key_set(key())));
  json many = {{"keys", json::array()}};
  for (std::size_t i = 0; i <= kMaxJwksKeys; ++i) many["keys"].push_back(key().jwk());
  EXPECT_FALSE(verify_jwt(key().sign_jwt(kClaims), many));
}

TEST(Jose, RawSignatureVerifiesAgainstTheJwk) {
  const auto signature = key().sign_rs256("sha256 of a document");
  EXPECT_TRUE(verify_rs256("sha256 of a document", signature, key().jwk()));
  EXPECT_FALSE(verify_rs256("sha256 of another document", signature, key().jwk()));
  EXPECT_FALSE(verify_rs256("sha256 of a document", signature, other_key().jwk()));
}

TEST(Jose, PemRoundTripKeepsTheKey) {
  const auto reloaded = RsaSigningKey::from_pem(key().to_pem());
  EXPECT_EQ(reloaded.kid(), key().kid());
  EXPECT_TRUE(verify_jwt(reloaded.sign_jwt(kClaims), key_set(key())));
  EXPECT_THROW(RsaSigningKey::from_pem("not a key"), std::runtime_error);
}

TEST(Jose, PkceChallengeMatchesRfc7636AppendixB) {
  EXPECT_EQ(pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(Jose, RandomTokensAreUrlSafeAndDistinct) {
  const auto a = random_token(32);
  EXPECT_EQ(a.size(), 43U);
  EXPECT_EQ(a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
  EXPECT_NE(a, random_token(32));
}

TEST(Jose, MacOverJoinsFieldsThenTheSecret) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // sha256("INIT|motcua|PAY-0001|50000|20261205100000|motcua-sim-secret")
  EXPECT_EQ(
      mac_over({"INIT", "motcua", "PAY-0001", "50000", "20261205100000"}, "motcua-sim-secret"),
      "db30b06bac75f260f3c03fb62d388f311aad23dca3304c088c5226f7caacd66f");
}

}  // namespace
}  // namespace motcua::integrations
