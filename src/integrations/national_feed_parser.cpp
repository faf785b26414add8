#include "integrations/national_feed_parser.hpp"

#include <nlohmann/json.hpp>

#include "integrations/base64.hpp"

namespace motcua::integrations {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 32;

bool too_deep(const json& value, int depth = 0) {
  if (depth > kMaxDepth) return true;
  if (!value.is_structured()) return false;
  for (const auto& child : value) {
    if (too_deep(child, depth + 1)) return true;
  }
  return false;
}

std::string text(const json& item, const char* name) {
  const auto found = item.find(name);
  return found != item.end() && found->is_string() ? found->get<std::string>() : std::string();
}

app::NationalDossier dossier_of(const json& item) {
  app::NationalDossier dossier;
  dossier.seq = item.value("seq", 0LL);
  dossier.code = text(item, "MaHoSo");
  dossier.procedure_code = text(item, "MaTTHC");
  dossier.applicant_name = text(item, "ChuHoSo");
  dossier.id_number = text(item, "SoGiayToChuHoSo");
  dossier.phone = text(item, "SoDienThoai");
  dossier.email = text(item, "Email");
  dossier.address = text(item, "DiaChi");
  dossier.filed_at = text(item, "NgayNopHoSo");
  const auto form = item.find("form");
  dossier.form_json = form != item.end() && form->is_object() ? form->dump() : "{}";
  const auto files = item.find("TaiLieuNop");
  if (files != item.end() && files->is_array()) {
    for (const auto& file : *files) {
      if (!file.is_object()) continue;
      auto bytes = base64_decode(text(file, "NoiDungBase64"));
      if (!bytes) continue;
      dossier.files.push_back(
          {text(file, "TenTepDinhKem"), text(file, "MaThanhPhanHoSo"), std::move(*bytes)});
    }
  }
  auto raw = item;
  if (raw.contains("TaiLieuNop")) raw.erase("TaiLieuNop");  // the bytes stay out of the log
  dossier.raw = raw.dump();
  return dossier;
}

}  // namespace

std::optional<app::NationalFeedPage> parse_national_feed(const std::string& text_body,
                                                         long long after) {
  const auto body = json::parse(text_body, nullptr, false);
  if (!body.is_object() || too_deep(body)) return std::nullopt;
  app::NationalFeedPage page;
  page.next = body.value("next", after);
  const auto items = body.find("items");
  if (items == body.end() || !items->is_array()) return page;
  for (const auto& item : *items) {
    if (item.is_object()) page.items.push_back(dossier_of(item));
  }
  if (page.next < after) page.next = after;
  return page;
}

}  // namespace motcua::integrations
