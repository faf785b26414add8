#pragma once
// The words and numbers the forms print, built from the label tables: dates in the style of
// administrative documents, clock-and-date lines, file sizes.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/time.hpp"
#include "printouts/labels.hpp"

namespace motcua::printouts {

using Placeholder = std::pair<std::string_view, std::string_view>;

// `pattern` with each "{name}" replaced by its value; unknown names are left as they are.
std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values);

// "09:30 ngày 22/11/2026" (Vietnam time), or the blank of the paper form when there is no instant.
std::string clock_and_date(const std::optional<core::Instant>& at, const Labels& labels);

// "Đắk Lắk, ngày 05 tháng 3 năm 2026": the place-and-date line under the national motto
// (Decree 30/2020/NĐ-CP Annex I). Without a place, only the date.
std::string place_and_date(std::string_view place, core::LocalDate date, const Labels& labels);

// The place name of the header's place-and-date line, taken from the owning authority's name:
// "UBND tỉnh Đắk Lắk" → "Đắk Lắk", "Ủy ban nhân dân thành phố Hà Nội" → "Hà Nội". Empty when the
// name does not say which province or city it is.
std::string place_of(std::string_view authority_name);

// "5/3/2026": a date in a table or a period line.
std::string numeric_date(core::LocalDate date);

// "512 B", "12,3 KB", "4,5 MB" (decimal mark from the labels).
std::string file_size(long long bytes, const Labels& labels);

}  // namespace motcua::printouts
