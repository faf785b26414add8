#pragma once
// The shared catalogs administrators keep (danh mục dùng chung, requirements §5 B1): sectors
// (lĩnh vực), document types (loại giấy tờ) and fee types (loại phí, lệ phí), each a list of codes
// and names. A code, once used, stays: an item is renamed, never removed.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::core {

enum class ReferenceCatalog { sector, document_type, fee_type };
inline constexpr std::array kReferenceCatalogs{
    ReferenceCatalog::sector, ReferenceCatalog::document_type, ReferenceCatalog::fee_type};

std::string_view reference_catalog_name(ReferenceCatalog catalog);
std::optional<ReferenceCatalog> parse_reference_catalog(std::string_view name);

inline constexpr std::size_t kMaxReferenceCode = 40;
inline constexpr std::size_t kMaxReferenceName = 250;

struct ReferenceItem {
  std::string code;  // letters, digits, '.', '-' and '_'
  std::string name;
};

// Field → message key; empty when the item may be saved.
std::map<std::string, std::string> reference_item_problems(const ReferenceItem& item);

}  // namespace motcua::core
