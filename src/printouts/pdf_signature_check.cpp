// The check of a signed PDF handed back by anyone: which bytes the last signature covers (its
// /ByteRange), whether they still hash to the signed digest, whether anything follows them, and
// whether the signer's certificate chains to the province root. Written against the raw bytes, so
// a malformed upload can only fail the check, never reach a PDF parser.
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <array>
#include <charconv>
#include <optional>

#include "core/sha256.hpp"
#include "printouts/cms.hpp"
#include "printouts/pdf_signer.hpp"

namespace motcua::printouts {
namespace {

struct ByteRange {
  std::array<std::size_t, 4> numbers{};
  std::size_t contents_begin() const { return numbers[1]; }
  std::size_t contents_end() const { return numbers[2]; }
  std::size_t end() const { return numbers[2] + numbers[3]; }
};

std::optional<ByteRange> last_byte_range(std::string_view pdf) {
  const auto at = pdf.rfind("/ByteRange");
  if (at == std::string_view::npos) return std::nullopt;
  auto open = pdf.find('[', at);
  const auto close = pdf.find(']', at);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
      close - at > 120)
    return std::nullopt;
  ByteRange range;
  const char* cursor = pdf.data() + open + 1;
  const char* const stop = pdf.data() + close;
  for (auto& number : range.numbers) {
    while (cursor < stop && (*cursor == ' ' || *cursor == '\n' || *cursor == '\r')) ++cursor;
    const auto [next, error] = std::from_chars(cursor, stop, number);
    if (error != std::errc()) return std::nullopt;
    cursor = next;
  }
  const bool ordered = range.numbers[0] == 0 && range.contents_begin() < range.contents_end() &&
                       range.end() <= pdf.size() && range.end() >= range.contents_end();
  if (!ordered) return std::nullopt;
  return range;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The DER of /Contents <…>; its zero padding is left for the DER parser to ignore.
std::optional<std::string> contents(std::string_view pdf, const ByteRange& range) {
  auto hex = pdf.substr(range.contents_begin(), range.contents_end() - range.contents_begin());
  if (hex.size() < 2 || hex.front() != '<' || hex.back() != '>') return std::nullopt;
  hex = hex.substr(1, hex.size() - 2);
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string der;
  der.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = hex_value(hex[i]);
    const int low = hex_value(hex[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    der.push_back(static_cast<char>(high * 16 + low));
  }
  return der;
}

std::string common_name(X509* certificate) {
  char name[256] = {};
  const int length = X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName,
                                               name, sizeof name);
  return length > 0 ? std::string(name, static_cast<std::size_t>(length)) : std::string();
}

std::optional<core::Instant> signing_time(CMS_ContentInfo* cms) {
  auto* signers = CMS_get0_SignerInfos(cms);
  if (signers == nullptr || sk_CMS_SignerInfo_num(signers) < 1) return std::nullopt;
  auto* info = sk_CMS_SignerInfo_value(signers, 0);
  auto* time = static_cast<ASN1_TIME*>(
      CMS_signed_get0_data_by_OBJ(info, OBJ_nid2obj(NID_pkcs9_signingTime), -3, V_ASN1_UTCTIME));
  if (time == nullptr) return std::nullopt;
  std::tm parts{};
  if (ASN1_TIME_to_tm(time, &parts) != 1) return std::nullopt;
  return core::Instant(std::chrono::seconds(timegm(&parts)));
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw openssl_error("EVP_Digest");
  return core::hex_of(digest, length);
}

}  // namespace

app::SignatureCheck PdfSigner::check(std::string_view pdf) const {
  app::SignatureCheck check;
  check.sha256 = sha256_hex(pdf);
  const auto range = last_byte_range(pdf);
  if (!range) return check;
  const auto der = contents(pdf, *range);
  if (!der) return check;
  const auto* cursor = reinterpret_cast<const unsigned char*>(der->data());
  CmsHandle cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der->size())));
  ERR_clear_error();
  if (!cms) return check;
  check.signed_document = true;
  check.whole_file = range->end() == pdf.size();
  std::string signed_bytes(pdf.substr(0, range->contents_begin()));
  signed_bytes.append(pdf.substr(range->contents_end(), range->end() - range->contents_end()));
  const auto root = keyring_.root();
  const auto store = trust_store(root.get());
  check.intact =
      cms_verifies(cms.get(), signed_bytes, store.get(), CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
  check.trusted =
      check.intact && root && cms_verifies(cms.get(), signed_bytes, store.get(), CMS_BINARY);
  if (auto* signers = CMS_get0_signers(cms.get())) {
    if (sk_X509_num(signers) > 0) check.signer = common_name(sk_X509_value(signers, 0));
    sk_X509_free(signers);
  }
  check.signed_at = signing_time(cms.get());
  return check;
}

}  // namespace motcua::printouts
