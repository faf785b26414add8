#include "integrations/jose.hpp"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <array>
#include <stdexcept>

#include "app/bounded_json.hpp"

namespace motcua::integrations {
namespace {

using nlohmann::json;

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* pointer) const { Free(pointer); }
};
template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, Deleter<T, Free>>;

using PkeyPtr = Owned<EVP_PKEY, EVP_PKEY_free>;
using BignumPtr = Owned<BIGNUM, BN_free>;
using BioPtr = Owned<BIO, BIO_free_all>;
using MdCtxPtr = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using PkeyCtxPtr = Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using ParamBuildPtr = Owned<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using ParamsPtr = Owned<OSSL_PARAM, OSSL_PARAM_free>;

// Keys outside this range are either breakable or a way to make verification slow.
constexpr int kMinModulusBits = 2048;
constexpr int kMaxModulusBits = 8192;
constexpr std::size_t kMaxExponentBytes = 8;

[[noreturn]] void fail(const std::string& what) {
  ERR_clear_error();
  throw std::runtime_error("jose: " + what);
}

const unsigned char* bytes_of(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

std::string sha256_bytes(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
    fail("SHA-256 failed");
  return {reinterpret_cast<const char*>(digest.data()), length};
}

std::string public_der(EVP_PKEY* key) {
  const int length = i2d_PUBKEY(key, nullptr);
  if (length <= 0) fail("cannot encode the public key");
  std::string der(static_cast<std::size_t>(length), '\0');
  auto* out = reinterpret_cast<unsigned char*>(der.data());
  if (i2d_PUBKEY(key, &out) != length) fail("cannot encode the public key");
  return der;
}

std::string key_id(EVP_PKEY* key) {
  return base64url_encode(sha256_bytes(public_der(key))).substr(0, 16);
}

std::string bignum_param(EVP_PKEY* key, const char* name) {
  BIGNUM* raw = nullptr;
  if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) fail("cannot read the key's parameters");
  const BignumPtr number(raw);
  std::string bytes(static_cast<std::size_t>(BN_num_bytes(number.get())), '\0');
  BN_bn2bin(number.get(), reinterpret_cast<unsigned char*>(bytes.data()));
  return bytes;
}

// A key from PEM must never ask a terminal for a passphrase.
int no_passphrase(char*, int, int, void*) { return 0; }

std::string string_member(const json& object, const char* name) {
  const auto found = object.find(name);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

BignumPtr bignum_member(const json& jwk, const char* name, std::size_t max_bytes) {
  const auto bytes = base64url_decode(string_member(jwk, name));
  if (!bytes || bytes->empty() || bytes->size() > max_bytes) return nullptr;
  return BignumPtr(BN_bin2bn(bytes_of(*bytes), static_cast<int>(bytes->size()), nullptr));
}

// The public key of an RSA JWK, or null when the JWK is not a usable RS256 signing key.
PkeyPtr public_key(const json& jwk) {
  if (!jwk.is_object() || string_member(jwk, "kty") != "RSA") return nullptr;
  if (jwk.contains("alg") && string_member(jwk, "alg") != "RS256") return nullptr;
  if (jwk.contains("use") && string_member(jwk, "use") != "sig") return nullptr;
  auto modulus = bignum_member(jwk, "n", kMaxModulusBits / 8);
  auto exponent = bignum_member(jwk, "e", kMaxExponentBytes);
  if (!modulus || !exponent || BN_num_bits(modulus.get()) < kMinModulusBits) return nullptr;
  const ParamBuildPtr build(OSSL_PARAM_BLD_new());
  if (!build || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
      OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
    return nullptr;
  const ParamsPtr params(OSSL_PARAM_BLD_to_param(build.get()));
  const PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
  EVP_PKEY* key = nullptr;
  if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
      EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    ERR_clear_error();
    return nullptr;
  }
  return PkeyPtr(key);
}

std::optional<json> decode_part(std::string_view part) {
  const auto text = base64url_decode(part);
  if (!text) return std::nullopt;
  auto value = app::parse_bounded_json(*text);
  if (!value.is_object()) return std::nullopt;
  return value;
}

// The key a token names, or the only RSA key of the set when it names none.
const json* find_key(const json& jwks, const std::string& kid, std::string& why) {
  const auto keys = jwks.is_object() ? jwks.find("keys") : jwks.end();
  if (!jwks.is_object() || keys == jwks.end() || !keys->is_array()) {
    why = "the key set has no keys";
    return nullptr;
  }
  if (keys->size() > kMaxJwksKeys) {
    why = "the key set has too many keys";
    return nullptr;
  }
  const json* found = nullptr;
  std::size_t candidates = 0;
  for (const auto& key : *keys) {
    if (!key.is_object() || string_member(key, "kty") != "RSA") continue;
    if (!kid.empty() && string_member(key, "kid") != kid) continue;
    found = &key;
    ++candidates;
  }
  if (candidates == 1) return found;
  why = kid.empty() ? "no kid and not exactly one RSA key" : "no key with kid " + kid;
  return nullptr;
}

struct JwsParts {
  std::string_view header;
  std::string_view payload;
  std::string_view signature;
  std::string_view signed_text;  // header.payload
};

std::optional<JwsParts> split_jws(std::string_view token) {
  const auto first = token.find('.');
  const auto second = first == std::string_view::npos ? first : token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos)
    return std::nullopt;
  return JwsParts{token.substr(0, first), token.substr(first + 1, second - first - 1),
                  token.substr(second + 1), token.substr(0, second)};
}

std::nullopt_t refuse(std::string& why, const char* reason) {
  why = reason;
  return std::nullopt;
}

std::optional<json> verified_claims(std::string_view token, const json& jwks, std::string& why) {
  if (token.size() > kMaxJwtBytes) return refuse(why, "token too long");
  const auto parts = split_jws(token);
  if (!parts) return refuse(why, "not a compact JWS");
  const auto header = decode_part(parts->header);
  if (!header) return refuse(why, "malformed header");
  // Accepting the header's choice of algorithm is how "none" and HS256-with-the-public-key work.
  if (string_member(*header, "alg") != "RS256") return refuse(why, "algorithm not RS256");
  if (header->contains("crit")) return refuse(why, "critical header extension");
  const auto* key = find_key(jwks, string_member(*header, "kid"), why);
  if (key == nullptr) return std::nullopt;
  const auto signature = base64url_decode(parts->signature);
  if (!signature || !verify_rs256(parts->signed_text, *signature, *key))
    return refuse(why, "signature does not verify");
  auto claims = decode_part(parts->payload);
  if (!claims) return refuse(why, "malformed claims");
  return claims;
}

}  // namespace

void RsaSigningKey::KeyFree::operator()(evp_pkey_st* key) const { EVP_PKEY_free(key); }

RsaSigningKey::RsaSigningKey(evp_pkey_st* key) : key_(key), kid_(key_id(key)) {}
RsaSigningKey::RsaSigningKey(RsaSigningKey&&) noexcept = default;
RsaSigningKey& RsaSigningKey::operator=(RsaSigningKey&&) noexcept = default;
RsaSigningKey::~RsaSigningKey() = default;

RsaSigningKey RsaSigningKey::generate() {
  EVP_PKEY* key = EVP_RSA_gen(2048);
  if (key == nullptr) fail("cannot generate an RSA key");
  return RsaSigningKey(key);
}

RsaSigningKey RsaSigningKey::from_pem(std::string_view pem) {
  const BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr) : nullptr);
  if (!key || EVP_PKEY_is_a(key.get(), "RSA") != 1) fail("not a PEM RSA private key");
  return RsaSigningKey(key.release());
}

std::string RsaSigningKey::to_pem() const {
  const BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio ||
      PEM_write_bio_PrivateKey(bio.get(), key_.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
    fail("cannot write the key as PEM");
  BUF_MEM* memory = nullptr;
  BIO_get_mem_ptr(bio.get(), &memory);
  return {memory->data, memory->length};
}

json RsaSigningKey::jwk() const {
  return {{"kty", "RSA"},
          {"kid", kid_},
          {"use", "sig"},
          {"alg", "RS256"},
          {"n", base64url_encode(bignum_param(key_.get(), OSSL_PKEY_PARAM_RSA_N))},
          {"e", base64url_encode(bignum_param(key_.get(), OSSL_PKEY_PARAM_RSA_E))}};
}

std::string RsaSigningKey::sign_jwt(const json& claims) const {
  const json header = {{"alg", "RS256"}, {"typ", "JWT"}, {"kid", kid_}};
  const auto signed_text = base64url_encode(header.dump()) + "." + base64url_encode(claims.dump());
  return signed_text + "." + base64url_encode(sign_rs256(signed_text));
}

std::string RsaSigningKey::sign_rs256(std::string_view data) const {
  const MdCtxPtr context(EVP_MD_CTX_new());
  std::size_t length = 0;
  if (!context ||
      EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key_.get()) != 1 ||
      EVP_DigestSign(context.get(), nullptr, &length, bytes_of(data), data.size()) != 1)
    fail("cannot sign");
  std::string signature(length, '\0');
  if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     bytes_of(data), data.size()) != 1)
    fail("cannot sign");
  signature.resize(length);
  return signature;
}

std::optional<json> verify_jwt(std::string_view token, const json& jwks, std::string* why) {
  std::string reason;
  auto claims = verified_claims(token, jwks, reason);
  if (why != nullptr) *why = reason;
  return claims;
}

bool verify_rs256(std::string_view data, std::string_view signature, const json& jwk) {
  const auto key = public_key(jwk);
  const MdCtxPtr context(EVP_MD_CTX_new());
  const bool valid =
      key && context &&
      EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
      EVP_DigestVerify(context.get(), bytes_of(signature), signature.size(), bytes_of(data),
                       data.size()) == 1;
  ERR_clear_error();  // a refused signature leaves its reason on this thread's error queue
  return valid;
}

std::string pkce_challenge(std::string_view verifier) {
  return base64url_encode(sha256_bytes(verifier));
}

std::string random_token(std::size_t bytes) {
  std::string buffer(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(buffer.data()), static_cast<int>(bytes)) != 1)
    fail("no random bytes");
  return base64url_encode(buffer);
}

}  // namespace motcua::integrations
