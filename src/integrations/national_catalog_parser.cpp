#include "integrations/national_catalog_parser.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "app/bounded_json.hpp"

namespace motcua::integrations {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 8;  // the catalog nests six deep
constexpr std::size_t kMaxCodeBytes = 64;
constexpr std::size_t kMaxTextBytes = 2000;
constexpr std::size_t kMaxListItems = 50;
constexpr long long kMaxFee = 1'000'000'000'000LL;
constexpr const char* kCodeCharacters =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-_";

// Why an entry is left out: the parse stops at its first malformed field.
struct Malformed {};

std::string text(const json& item, const char* name, std::size_t max_bytes, bool required) {
  const auto found = item.find(name);
  if (found == item.end() || found->is_null()) {
    if (required) throw Malformed{};
    return "";
  }
  if (!found->is_string() || found->get_ref<const std::string&>().size() > max_bytes)
    throw Malformed{};
  return found->get<std::string>();
}

// A list of objects, absent meaning empty.
const json& objects(const json& item, const char* name) {
  static const json kNone = json::array();
  const auto found = item.find(name);
  if (found == item.end() || found->is_null()) return kNone;
  if (!found->is_array() || found->size() > kMaxListItems) throw Malformed{};
  for (const auto& entry : *found) {
    if (!entry.is_object()) throw Malformed{};
  }
  return *found;
}

// A number published as a JSON number or as digits in a string ("1", "0,5" for durations).
std::string number_text(const json& item, const char* name) {
  const auto found = item.find(name);
  if (found == item.end()) throw Malformed{};
  if (found->is_number_integer()) return std::to_string(found->get<long long>());
  if (found->is_number_float()) return found->dump();
  return text(item, name, kMaxCodeBytes, true);
}

long long amount(const json& fee) {
  const auto found = fee.find("SOTIEN");
  if (found == fee.end()) throw Malformed{};
  if (found->is_number_unsigned()) {
    const auto value = found->get<unsigned long long>();
    if (value > static_cast<unsigned long long>(kMaxFee)) throw Malformed{};
    return static_cast<long long>(value);
  }
  if (found->is_number_integer()) throw Malformed{};  // negative
  const auto digits = text(fee, "SOTIEN", 15, true);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
    throw Malformed{};
  return std::stoll(digits);
}

int channel_of(const json& way) {
  const auto found = way.find("KENH");
  if (found == way.end() || !found->is_number_integer()) throw Malformed{};
  const auto channel = found->get<long long>();
  if (channel < 0 || channel > 99) throw Malformed{};
  return static_cast<int>(channel);
}

void read_ways(const json& item, core::NationalProcedure& procedure) {
  for (const auto& way : objects(item, "CACHTHUCTHUCHIEN")) {
    const int channel = channel_of(way);
    for (const auto& time : objects(way, "THOIGIAN"))
      procedure.durations.push_back({channel, number_text(time, "THOIGIANGIAIQUYET"),
                                     text(time, "DONVITINH", kMaxCodeBytes, true)});
    for (const auto& fee : objects(way, "PHILEPHI")) procedure.fees_vnd.push_back(amount(fee));
  }
}

core::NationalProcedure procedure_of(const json& item) {
  if (!item.is_object()) throw Malformed{};
  core::NationalProcedure procedure;
  procedure.code = text(item, "MATTHC", kMaxCodeBytes, true);
  procedure.name = text(item, "TENTTHC", kMaxTextBytes, true);
  // Codes such as 1.001193 or 1.003560.000.00.00.H56 (requirements §3) end up in page links.
  if (procedure.code.empty() || procedure.name.empty() ||
      procedure.code.find_first_not_of(kCodeCharacters) != std::string::npos)
    throw Malformed{};
  for (const auto& sector : objects(item, "LINHVUCTHUCHIEN"))
    procedure.sectors.push_back({text(sector, "MALINHVUC", kMaxCodeBytes, false),
                                 text(sector, "TENLINHVUC", kMaxTextBytes, false)});
  for (const auto& agency : objects(item, "COQUANTHUCHIEN"))
    procedure.agencies.push_back(text(agency, "TENDONVI", kMaxTextBytes, true));
  read_ways(item, procedure);
  return procedure;
}

}  // namespace

std::optional<ParsedCatalog> parse_national_catalog(const std::string& text_body) {
  if (text_body.size() > kMaxCatalogBytes || app::nests_deeper_than(text_body, kMaxDepth))
    return std::nullopt;
  const auto body = json::parse(text_body, nullptr, false);
  if (!body.is_array() || body.size() > kMaxCatalogProcedures) return std::nullopt;
  ParsedCatalog parsed;
  std::set<std::string> codes;
  for (const auto& item : body) {
    try {
      auto procedure = procedure_of(item);
      // A code listed twice is one procedure: the first stands, the repeat is left out.
      if (!codes.insert(procedure.code).second) throw Malformed{};
      parsed.procedures.push_back(std::move(procedure));
    } catch (const Malformed&) {
      ++parsed.rejected;
    }
  }
  return parsed;
}

}  // namespace motcua::integrations
