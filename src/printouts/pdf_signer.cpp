#include "printouts/pdf_signer.hpp"

#include <podofo/podofo.h>

#include <stdexcept>

#include "printouts/formatting.hpp"
#include "printouts/signature_stamp.hpp"

namespace motcua::printouts {
namespace {

using namespace PoDoFo;

// Room for the CMS: the unit's and the root's certificates (≈ 1.2 KB each in DER with P-256)
// and the signed attributes; hex-encoded in the file, so twice this.
constexpr std::size_t kSignatureRoom = 8192;
constexpr double kStampMargin = 28;  // points from the page's right and bottom edges

struct QuietPodofo {
  QuietPodofo() {
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
  }
};

void require_signature_flags(PdfAcroForm& form) {
  auto& dictionary = form.GetObject()->GetDictionary();
  // ISO 32000-1 12.7.2: SignaturesExist | AppendOnly.
  dictionary.AddKey(PdfName("SigFlags"), PdfObject(static_cast<pdf_int64>(3)));
  if (form.GetNeedAppearances()) form.SetNeedAppearances(false);
}

PdfDate pdf_date(core::Instant at) {
  return PdfDate(static_cast<time_t>(at.time_since_epoch().count()));
}

// The signed attributes carry the ESS signing-certificate-v2 that CAdES asks for (CMS_CADES).
std::string cms_signature(const std::string& signed_bytes, const UnitCredentials& unit,
                          X509* root) {
  auto data = memory_reader(signed_bytes);
  STACK_OF(X509)* chain = sk_X509_new_null();
  if (root != nullptr) sk_X509_push(chain, root);
  CmsHandle cms(CMS_sign(unit.certificate.get(), unit.key.get(), chain, data.get(),
                         CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP));
  sk_X509_free(chain);
  if (!cms) throw openssl_error("CMS_sign");
  BioHandle out(BIO_new(BIO_s_mem()));
  if (!out || i2d_CMS_bio(out.get(), cms.get()) != 1) throw openssl_error("i2d_CMS_bio");
  return memory_contents(out.get());
}

std::string read_all(PdfSignOutputDevice& device) {
  std::string bytes;
  char buffer[65536];
  device.Seek(0);
  while (const auto length = device.ReadForSignature(buffer, sizeof buffer)) {
    bytes.append(buffer, length);
  }
  return bytes;
}

void load(PdfMemDocument& document, std::string_view pdf) {
  try {
    document.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), true);
  } catch (const PdfError& error) {
    throw std::invalid_argument(std::string("unreadable PDF: ") +
                                PdfError::ErrorName(error.GetError()));
  }
  if (document.GetPageCount() < 1) throw std::invalid_argument("a PDF without pages");
}

PdfSignatureField& add_stamped_field(PdfMemDocument& document, PdfMemDocument& stamp_document,
                                     std::unique_ptr<PdfSignatureField>& field) {
  PdfPage* page = document.GetPage(document.GetPageCount() - 1);
  const auto media = page->GetMediaBox();
  const PdfRect rect(media.GetLeft() + media.GetWidth() - kStampMargin - kStampWidth,
                     media.GetBottom() + kStampMargin, kStampWidth, kStampHeight);
  PdfAnnotation* widget = page->CreateAnnotation(ePdfAnnotation_Widget, rect);
  widget->SetFlags(ePdfAnnotationFlags_Print);
  field = std::make_unique<PdfSignatureField>(widget, document.GetAcroForm(), &document);
  PdfXObject appearance(stamp_document, 0, &document);
  field->SetAppearanceStream(&appearance);
  return *field;
}

}  // namespace

bool PdfSigner::can_sign(const std::string& unit_code) const { return keyring_.has(unit_code); }

std::string PdfSigner::sign(std::string_view pdf, const std::string& unit_code,
                            const app::SignatureStamp& stamp) const {
  static const QuietPodofo quiet;
  const auto unit = keyring_.load(unit_code);
  const auto root = keyring_.root();
  PdfMemDocument document;
  load(document, pdf);
  const auto stamp_pdf = draw_signature_stamp(stamp);
  PdfMemDocument stamp_document;
  stamp_document.LoadFromBuffer(stamp_pdf.data(), static_cast<long>(stamp_pdf.size()));
  try {
    require_signature_flags(*document.GetAcroForm());
    std::unique_ptr<PdfSignatureField> holder;
    auto& field = add_stamped_field(document, stamp_document, holder);
    PdfRefCountedBuffer buffer;
    PdfOutputDevice output(&buffer);
    PdfSignOutputDevice signer(&output);
    signer.SetSignatureSize(kSignatureRoom);
    field.SetFieldName(PdfString("Signature" + std::to_string(document.GetObjects().GetSize())));
    const auto reason = fill(labels_for("vi").stamp_reason, {{"code", stamp.dossier_code}});
    field.SetSignatureReason(PdfString(reinterpret_cast<const pdf_utf8*>(reason.c_str())));
    field.SetSignatureLocation(
        PdfString(reinterpret_cast<const pdf_utf8*>(stamp.unit_name.c_str())));
    field.SetSignatureDate(pdf_date(stamp.at));
    field.SetSignature(*signer.GetSignatureBeacon());
    field.GetSignatureObject()->GetDictionary().AddKey(PdfName("SubFilter"),
                                                       PdfName("ETSI.CAdES.detached"));
    document.WriteUpdate(&signer, true);
    if (!signer.HasSignaturePosition()) throw std::runtime_error("signature position not found");
    signer.AdjustByteRange();
    const auto cms = cms_signature(read_all(signer), unit, root.get());
    if (cms.size() > kSignatureRoom) throw std::runtime_error("signature larger than its room");
    signer.SetSignature(PdfData(cms.data(), cms.size()));
    signer.Flush();
    return std::string(buffer.GetBuffer(), output.GetLength());
  } catch (const PdfError& error) {
    throw std::runtime_error(std::string("cannot sign: ") + PdfError::ErrorName(error.GetError()));
  }
}

}  // namespace motcua::printouts
