#include "printouts/pdf_signer.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "printouts/cms.hpp"
#include "printouts/formatting.hpp"
#include "printouts/pdf_page_import.hpp"
#include "printouts/signature_stamp.hpp"

namespace motcua::printouts {
namespace {

using namespace PoDoFo;

// Room for the CMS: the unit's and the root's certificates (≈ 1.2 KB each in DER with P-256)
// and the signed attributes; hex-encoded in the file, so twice this.
constexpr std::size_t kSignatureRoom = 8192;
constexpr double kStampMargin = 14;  // points from the page's edges and between stamps

struct QuietPodofo {
  QuietPodofo() {
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
  }
};

// The error and where podofo raised it, for the server's log.
std::string describe(const PdfError& error) {
  std::string text = PdfError::ErrorName(error.GetError());
  for (const auto& info : error.GetCallstack())
    text += " at " + info.GetFilename() + ":" + std::to_string(info.GetLine()) + " " +
            info.GetInformation();
  return text;
}

// podofo 0.9.8 resets an existing form's /Fields (and /DA, /DR) when it wraps it: earlier
// signature fields would vanish from the form. Their values are taken before and put back.
PdfAcroForm& existing_form(PdfMemDocument& document) {
  const auto* catalog_entry = document.GetCatalog()->GetIndirectKey(PdfName("AcroForm"));
  std::optional<PdfDictionary> before;
  if (catalog_entry != nullptr && catalog_entry->IsDictionary())
    before = catalog_entry->GetDictionary();
  auto& form = *document.GetAcroForm();
  if (before) {
    auto& after = form.GetObject()->GetDictionary();
    for (const auto& [key, value] : before->GetKeys()) after.AddKey(key, *value);
  }
  return form;
}

void require_signature_flags(PdfAcroForm& form) {
  auto& dictionary = form.GetObject()->GetDictionary();
  // ISO 32000-1 12.7.2: SignaturesExist | AppendOnly.
  dictionary.AddKey(PdfName("SigFlags"), PdfObject(static_cast<pdf_int64>(3)));
  if (form.GetNeedAppearances()) form.SetNeedAppearances(false);
}

PdfDate pdf_date(core::Instant at) {
  return PdfDate(static_cast<time_t>(at.time_since_epoch().count()));
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
  // An incremental update must not give new objects the numbers of freed ones: podofo would take
  // them for unchanged originals and leave them out of the update.
  document.GetObjects().SetCanReuseObjectNumbers(false);
}

// Read from the page's /Annots directly: podofo's annotation wrapper refuses any entry without
// /Type /Annot, which other producers often leave out.
int signatures_on(PdfMemDocument& document, PdfPage& page) {
  const auto* annotations = page.GetObject()->GetIndirectKey(PdfName("Annots"));
  if (annotations == nullptr || !annotations->IsArray()) return 0;
  int count = 0;
  for (const auto& entry : annotations->GetArray()) {
    const auto* annotation =
        entry.IsReference() ? document.GetObjects().GetObject(entry.GetReference()) : &entry;
    if (annotation == nullptr || !annotation->IsDictionary()) continue;
    const auto* type = annotation->GetDictionary().GetKey(PdfName("FT"));
    if (type != nullptr && type->IsName() && type->GetName() == PdfName("Sig")) ++count;
  }
  return count;
}

// In the bottom margin of the last page (Decree 30/2020 keeps 20–25 mm free there), right-aligned,
// beside the stamps of earlier signatures.
PdfRect stamp_rect(PdfMemDocument& document, PdfPage& page) {
  const auto media = page.GetMediaBox();
  const int earlier = signatures_on(document, page);
  const int per_row = std::max(
      1, static_cast<int>((media.GetWidth() - kStampMargin) / (kStampWidth + kStampMargin)));
  const int row = earlier / per_row;
  const int column = earlier % per_row;
  const double right = media.GetLeft() + media.GetWidth() - kStampMargin;
  // A page narrower than a stamp gets it from its left edge, overhanging the right one.
  const double left =
      std::max(media.GetLeft(), right - (column + 1) * kStampWidth - column * kStampMargin);
  return PdfRect(left, media.GetBottom() + kStampMargin / 2 + row * (kStampHeight + 4), kStampWidth,
                 kStampHeight);
}

PdfSignatureField& add_stamped_field(PdfMemDocument& document, PdfMemDocument& stamp_document,
                                     std::unique_ptr<PdfSignatureField>& field) {
  PdfXObject appearance(import_first_page(document, stamp_document));
  PdfPage* page = document.GetPage(document.GetPageCount() - 1);
  PdfAnnotation* widget =
      page->CreateAnnotation(ePdfAnnotation_Widget, stamp_rect(document, *page));
  widget->SetFlags(ePdfAnnotationFlags_Print);
  field = std::make_unique<PdfSignatureField>(widget, document.GetAcroForm(), &document);
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
    require_signature_flags(existing_form(document));
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
    throw std::runtime_error("cannot sign: " + describe(error));
  }
}

}  // namespace motcua::printouts
