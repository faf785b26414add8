#include "procedure_catalog.hpp"

#include <array>

namespace motcua::sim {
namespace {

using nlohmann::json;

struct CatalogEntry {
  const char* code;
  const char* name;
  const char* sector_code;
  const char* sector_name;
  const char* agency;
  const char* days;
  long long fee;       // PHILEPHI: 0 for a free procedure
  long long copy_fee;  // a copy of the result, when asked for; 0 for none
};

// KENH: 1 at the counter, 2 online, 3 by post; the same time and fee on each.
constexpr std::array kChannels{1, 2, 3};

// Against motcua's demo catalog (data/demo/procedures.json) these are, for catalog sync to find:
// the same as here (birth, marriage, death, household business), a shorter name (2.000815), a
// different fee (1.004873) and one the demo catalog lacks (1.004884).
constexpr std::array kCatalog{
    CatalogEntry{"1.001193", "Đăng ký khai sinh", "G09-TP04", "Hộ tịch", "Ủy ban nhân dân cấp xã",
                 "1", 0, 8000},
    CatalogEntry{"1.000894", "Đăng ký kết hôn", "G09-TP04", "Hộ tịch", "Ủy ban nhân dân cấp xã",
                 "1", 0, 8000},
    CatalogEntry{"1.000656", "Đăng ký khai tử", "G09-TP04", "Hộ tịch", "Ủy ban nhân dân cấp xã",
                 "1", 0, 8000},
    CatalogEntry{"2.000815",
                 "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm "
                 "quyền của Việt Nam cấp hoặc chứng nhận",
                 "G09-TP05", "Chứng thực", "Ủy ban nhân dân cấp xã", "1", 2000, 0},
    CatalogEntry{"1.001612", "Đăng ký thành lập hộ kinh doanh", "G09-KH07",
                 "Thành lập và hoạt động của hộ kinh doanh", "Phòng Kinh tế thuộc UBND cấp huyện",
                 "3", 100000, 0},
    CatalogEntry{"1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "G09-TP04", "Hộ tịch",
                 "Ủy ban nhân dân cấp xã", "3", 20000, 0},
    CatalogEntry{"1.004884", "Đăng ký lại khai sinh", "G09-TP04", "Hộ tịch",
                 "Ủy ban nhân dân cấp xã", "5", 0, 8000},
};

json fees_of(const CatalogEntry& entry) {
  json fees = json::array({{{"SOTIEN", entry.fee}}});
  if (entry.copy_fee > 0) fees.push_back({{"SOTIEN", entry.copy_fee}});
  return fees;
}

json channels_of(const CatalogEntry& entry) {
  json channels = json::array();
  for (const int channel : kChannels) {
    channels.push_back({{"KENH", channel},
                        {"THOIGIAN", json::array({{{"THOIGIANGIAIQUYET", entry.days},
                                                   {"DONVITINH", "Ngày làm việc"}}})},
                        {"PHILEPHI", fees_of(entry)}});
  }
  return channels;
}

}  // namespace

json national_procedures() {
  json out = json::array();
  for (const auto& entry : kCatalog) {
    out.push_back({{"MATTHC", entry.code},
                   {"TENTTHC", entry.name},
                   {"LINHVUCTHUCHIEN", json::array({{{"MALINHVUC", entry.sector_code},
                                                     {"TENLINHVUC", entry.sector_name}}})},
                   {"COQUANTHUCHIEN", json::array({{{"TENDONVI", entry.agency}}})},
                   {"CACHTHUCTHUCHIEN", channels_of(entry)}});
  }
  return out;
}

}  // namespace motcua::sim
