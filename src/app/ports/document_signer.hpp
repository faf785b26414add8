#pragma once
// The unit's digital signature on what it issues (requirements §13.5, Decree 30/2020 Art 8 on
// electronic documents): PAdES signatures with a per-unit key under the province's root, and the
// check of any signed PDF handed back to the public verification page.
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace motcua::app {

// What the visible stamp and the signature dictionary say.
struct SignatureStamp {
  std::string unit_name;         // the signing unit, printed on the stamp
  std::string dossier_code;      // named in the signature's /Reason
  std::string verification_url;  // <public_url>/xac-thuc/<id>, encoded in the stamp's QR code
  core::Instant at{};
};

// What a PDF's last signature proves.
struct SignatureCheck {
  std::string sha256;            // of the bytes checked, hexadecimal
  bool signed_document = false;  // a signature dictionary with a CMS signature was found
  bool intact = false;           // the signed bytes match the signature's digest
  bool whole_file = false;       // nothing was appended after the signature
  bool trusted = false;          // the signer's certificate was issued under the province root
  std::string signer;            // the certificate's subject common name
  std::optional<core::Instant> signed_at;

  bool valid() const { return signed_document && intact && whole_file && trusted; }
};

class DocumentSigner {
 public:
  virtual ~DocumentSigner() = default;
  // Whether `unit_code` has a key and a certificate to sign with.
  virtual bool can_sign(const std::string& unit_code) const = 0;
  // The PDF with the unit's signature and its visible stamp on the last page, appended as an
  // incremental update. Throws std::invalid_argument when the bytes are not a PDF it can read, and
  // std::runtime_error when the unit has no key or signing fails.
  virtual std::string sign(std::string_view pdf, const std::string& unit_code,
                           const SignatureStamp& stamp) const = 0;
  virtual SignatureCheck check(std::string_view pdf) const = 0;
};

}  // namespace motcua::app
