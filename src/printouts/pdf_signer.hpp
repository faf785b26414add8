#pragma once
// PAdES signatures (ETSI EN 319 142, /SubFilter /ETSI.CAdES.detached) with podofo for the PDF
// structure and OpenSSL 3 for the CMS, as an incremental update so the signed bytes are the
// issued document itself; and their check, which needs no PDF parser: the last /ByteRange says
// which bytes were signed.
#include "app/ports/document_signer.hpp"
#include "printouts/unit_keyring.hpp"

namespace motcua::printouts {

class PdfSigner final : public app::DocumentSigner {
 public:
  explicit PdfSigner(const UnitKeyring& keyring) : keyring_(keyring) {}

  bool can_sign(const std::string& unit_code) const override;
  std::string sign(std::string_view pdf, const std::string& unit_code,
                   const app::SignatureStamp& stamp) const override;
  app::SignatureCheck check(std::string_view pdf) const override;

 private:
  const UnitKeyring& keyring_;
};

}  // namespace motcua::printouts
