#include "printouts/unit_keyring.hpp"

#include <fcntl.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace motcua::printouts {
namespace {

namespace fs = std::filesystem;

constexpr long kRootYears = 20;
constexpr long kUnitYears = 3;
constexpr long kSecondsPerYear = 365L * 24 * 3600;

// P-256: verifiers everywhere accept it (pdfsig's NSS, Adobe, the national CA's software), and a
// key is made in a millisecond where RSA-3072 takes a second.
KeyHandle new_key() {
  KeyHandle key(EVP_EC_gen("P-256"));
  if (!key) throw openssl_error("EVP_EC_gen");
  return key;
}

void add_extension(X509* certificate, X509* issuer, int nid, const char* value) {
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
  if (extension == nullptr) throw openssl_error("X509V3_EXT_conf_nid");
  const int added = X509_add_ext(certificate, extension, -1);
  X509_EXTENSION_free(extension);
  if (added != 1) throw openssl_error("X509_add_ext");
}

void set_name(X509_NAME* name, const std::string& common_name, const std::string& unit) {
  const auto add = [&](const char* field, const std::string& value) {
    if (value.empty()) return;
    if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value.data()),
                                   static_cast<int>(value.size()), -1, 0) != 1)
      throw openssl_error("X509_NAME_add_entry_by_txt");
  };
  add("C", "VN");
  add("OU", unit);
  add("CN", common_name);
}

void set_serial(X509* certificate) {
  unsigned char bytes[16];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw openssl_error("RAND_bytes");
  bytes[0] &= 0x7F;  // RFC 5280: a positive serial number
  BIGNUM* number = BN_bin2bn(bytes, sizeof bytes, nullptr);
  const bool set = number != nullptr &&
                   BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate)) != nullptr;
  BN_free(number);
  if (!set) throw openssl_error("serial number");
}

struct CertificateRequest {
  std::string common_name;
  std::string unit;
  core::Instant from{};
  long years = 1;
  bool authority = false;
};

CertificateHandle make_certificate(const CertificateRequest& request, EVP_PKEY* subject_key,
                                   X509* issuer, EVP_PKEY* issuer_key) {
  CertificateHandle certificate(X509_new());
  if (!certificate) throw openssl_error("X509_new");
  X509_set_version(certificate.get(), 2);
  set_serial(certificate.get());
  const auto from = static_cast<time_t>(request.from.time_since_epoch().count());
  ASN1_TIME_set(X509_getm_notBefore(certificate.get()), from);
  ASN1_TIME_set(X509_getm_notAfter(certificate.get()), from + request.years * kSecondsPerYear);
  set_name(X509_get_subject_name(certificate.get()), request.common_name, request.unit);
  X509* signer = issuer != nullptr ? issuer : certificate.get();
  X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer));
  X509_set_pubkey(certificate.get(), subject_key);
  add_extension(certificate.get(), signer, NID_basic_constraints,
                request.authority ? "critical,CA:TRUE" : "critical,CA:FALSE");
  add_extension(certificate.get(), signer, NID_key_usage,
                request.authority ? "critical,keyCertSign,cRLSign"
                                  : "critical,digitalSignature,nonRepudiation");
  add_extension(certificate.get(), signer, NID_subject_key_identifier, "hash");
  if (!request.authority)
    add_extension(certificate.get(), signer, NID_authority_key_identifier, "keyid");
  if (X509_sign(certificate.get(), issuer_key != nullptr ? issuer_key : subject_key,
                EVP_sha256()) <= 0)
    throw openssl_error("X509_sign");
  return certificate;
}

// Written beside and renamed over: a crash never leaves half a key.
template <typename Write>
void write_pem(const fs::path& path, bool secret, Write write) {
  const auto temporary = path.string() + ".tmp." + std::to_string(::getpid());
  BioHandle bio(BIO_new_file(temporary.c_str(), "w"));
  if (!bio) throw openssl_error("cannot write " + temporary);
  if (secret) ::chmod(temporary.c_str(), S_IRUSR | S_IWUSR);
  if (write(bio.get()) != 1) throw openssl_error("cannot write " + temporary);
  bio.reset();
  fs::rename(temporary, path);
}

void save(const fs::path& key_path, const fs::path& certificate_path,
          const UnitCredentials& credentials) {
  write_pem(key_path, true, [&](BIO* bio) {
    return PEM_write_bio_PrivateKey(bio, credentials.key.get(), nullptr, nullptr, 0, nullptr,
                                    nullptr);
  });
  write_pem(certificate_path, false,
            [&](BIO* bio) { return PEM_write_bio_X509(bio, credentials.certificate.get()); });
}

KeyHandle read_key(const fs::path& path) {
  BioHandle bio(BIO_new_file(path.c_str(), "r"));
  if (!bio) throw std::runtime_error("no signing key at " + path.string());
  KeyHandle key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  if (!key) throw openssl_error("unreadable key " + path.string());
  return key;
}

CertificateHandle read_certificate(const fs::path& path) {
  BioHandle bio(BIO_new_file(path.c_str(), "r"));
  if (!bio) throw std::runtime_error("no certificate at " + path.string());
  CertificateHandle certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  if (!certificate) throw openssl_error("unreadable certificate " + path.string());
  return certificate;
}

std::string serial_of(X509* certificate) {
  BIGNUM* number = ASN1_INTEGER_to_BN(X509_get_serialNumber(certificate), nullptr);
  char* hex = number != nullptr ? BN_bn2hex(number) : nullptr;
  std::string serial = hex != nullptr ? hex : "";
  OPENSSL_free(hex);
  BN_free(number);
  return serial;
}

bool safe_code(const std::string& code) {
  if (code.empty() || code.size() > 64 || code.front() == '.') return false;
  for (const char c : code) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

// Serialises the keyring's writers, threads of this process and the other nodes sharing the folder
// alike: two must never each make a root, nor leave one's key beside another's certificate.
class WriterLock {
 public:
  explicit WriterLock(const fs::path& directory) {
    fs::create_directories(directory);
    const auto path = directory / ".lock";
    descriptor_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (descriptor_ < 0) throw std::runtime_error("cannot open " + path.string());
    if (::flock(descriptor_, LOCK_EX) != 0) {
      ::close(descriptor_);
      throw std::runtime_error("cannot lock " + path.string());
    }
  }
  ~WriterLock() { ::close(descriptor_); }
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  int descriptor_ = -1;
};

}  // namespace

UnitKeyring::UnitKeyring(std::filesystem::path directory, std::string authority)
    : directory_(std::move(directory)), authority_(std::move(authority)) {}

fs::path UnitKeyring::unit_path(const std::string& unit_code, const char* extension) const {
  if (!safe_code(unit_code)) throw std::invalid_argument("not a unit code: " + unit_code);
  return directory_ / "units" / (unit_code + extension);
}

UnitCredentials UnitKeyring::ensure_root(core::Instant now) const {
  const auto key_path = directory_ / "root.key";
  const auto certificate_path = directory_ / "root.crt";
  if (fs::exists(key_path) && fs::exists(certificate_path))
    return {read_key(key_path), read_certificate(certificate_path)};
  fs::create_directories(directory_);
  fs::permissions(directory_, fs::perms::owner_all, fs::perm_options::replace);
  UnitCredentials root;
  root.key = new_key();
  const auto name = (authority_.empty() ? std::string("motcua") : authority_) + " - Root CA";
  root.certificate =
      make_certificate({name, "", now, kRootYears, true}, root.key.get(), nullptr, nullptr);
  save(key_path, certificate_path, root);
  return root;
}

IssuedCertificate UnitKeyring::issue(const std::string& unit_code, const std::string& unit_name,
                                     core::Instant now) const {
  const auto key_path = unit_path(unit_code, ".key");
  const WriterLock lock(directory_);
  const auto root = ensure_root(now);
  fs::create_directories(key_path.parent_path());
  UnitCredentials unit;
  unit.key = new_key();
  const auto name = unit_name.empty() ? unit_code : unit_name;
  unit.certificate = make_certificate({name, unit_code, now, kUnitYears, false}, unit.key.get(),
                                      root.certificate.get(), root.key.get());
  save(key_path, unit_path(unit_code, ".crt"), unit);
  return {name, serial_of(unit.certificate.get()),
          now + std::chrono::seconds(kUnitYears * kSecondsPerYear)};
}

bool UnitKeyring::has(const std::string& unit_code) const {
  if (!safe_code(unit_code)) return false;
  return fs::exists(unit_path(unit_code, ".key")) && fs::exists(unit_path(unit_code, ".crt"));
}

UnitCredentials UnitKeyring::load(const std::string& unit_code) const {
  return {read_key(unit_path(unit_code, ".key")), read_certificate(unit_path(unit_code, ".crt"))};
}

CertificateHandle UnitKeyring::root() const {
  const auto path = directory_ / "root.crt";
  if (!fs::exists(path)) return {};
  return read_certificate(path);
}

}  // namespace motcua::printouts
