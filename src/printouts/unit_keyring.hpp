#pragma once
// The province's signing keys on disk (API.md "Signatures"): one root certificate authority, and
// under it a key and a certificate per unit that issues documents. Keys never enter the database;
// they sit in <data>/keys, readable by the server's user only.
#include <filesystem>
#include <string>

#include "core/time.hpp"
#include "printouts/openssl_handles.hpp"

namespace motcua::printouts {

struct UnitCredentials {
  KeyHandle key;
  CertificateHandle certificate;
};

struct IssuedCertificate {
  std::string subject;  // the unit's name as the certificate's common name
  std::string serial;   // hexadecimal
  core::Instant not_after{};
};

class UnitKeyring {
 public:
  // `authority` names the root ("UBND tỉnh …"); it is used only when the root is first created.
  UnitKeyring(std::filesystem::path directory, std::string authority);

  // Creates the root on first use, then a new key and certificate for the unit, replacing any
  // earlier one (a renewal: documents signed before keep verifying under the same root).
  IssuedCertificate issue(const std::string& unit_code, const std::string& unit_name,
                          core::Instant now) const;
  bool has(const std::string& unit_code) const;
  // Throws std::runtime_error when the unit has no key.
  UnitCredentials load(const std::string& unit_code) const;
  // The trust anchor every signature is checked against; empty when no root exists yet.
  CertificateHandle root() const;

 private:
  std::filesystem::path unit_path(const std::string& unit_code, const char* extension) const;
  UnitCredentials ensure_root(core::Instant now) const;

  std::filesystem::path directory_;
  std::string authority_;
};

}  // namespace motcua::printouts
