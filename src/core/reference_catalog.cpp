#include "core/reference_catalog.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace motcua::core {

std::string_view reference_catalog_name(ReferenceCatalog catalog) {
  switch (catalog) {
    case ReferenceCatalog::document_type:
      return "document_type";
    case ReferenceCatalog::fee_type:
      return "fee_type";
    case ReferenceCatalog::sector:
      break;
  }
  return "sector";
}

std::optional<ReferenceCatalog> parse_reference_catalog(std::string_view name) {
  for (const auto catalog : kReferenceCatalogs)
    if (reference_catalog_name(catalog) == name) return catalog;
  return std::nullopt;
}

std::map<std::string, std::string> reference_item_problems(const ReferenceItem& item) {
  std::map<std::string, std::string> problems;
  const bool code_ok = !item.code.empty() && item.code.size() <= kMaxReferenceCode &&
                       std::all_of(item.code.begin(), item.code.end(), [](char c) {
                         return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
                       });
  if (!code_ok) problems["code"] = "error.reference_code";
  if (trim(item.name).empty())
    problems["name"] = "error.required";
  else if (item.name.size() > kMaxReferenceName)
    problems["name"] = "error.too_long";
  return problems;
}

}  // namespace motcua::core
