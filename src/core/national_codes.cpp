#include "core/national_codes.hpp"

#include <cstdio>
#include <string>

namespace motcua::core {

int emc_status(Status status) {
  switch (status) {
    case Status::submitted:
    case Status::received:
      return 1;
    case Status::processing:
      return 2;
    case Status::resolved:
    case Status::returned:
      return 3;
    default:
      return 0;
  }
}

int emc_forms_reception(Channel channel) { return channel == Channel::counter ? 2 : 1; }

int emc_level(ServiceLevel level) {
  switch (level) {
    case ServiceLevel::toan_trinh:
      return 4;
    case ServiceLevel::mot_phan:
      return 3;
    case ServiceLevel::truc_tiep:
      break;
  }
  return 0;
}

int emc_postal(std::optional<ReturnMethod> method, Channel channel) {
  return method == ReturnMethod::post || (!method && channel == Channel::post) ? 1 : 0;
}

std::string emc_user_type(std::string_view identifier) {
  const bool tax_code = identifier.size() == 10 &&
                        identifier.find_first_not_of("0123456789") == std::string_view::npos;
  return tax_code ? "1" : "2";
}

int national_channel(Channel channel) {
  switch (channel) {
    case Channel::counter:
      return 1;
    case Channel::post:
      return 3;
    case Channel::online:
    case Channel::national_portal:
      break;
  }
  return 2;
}

std::string national_time(Instant at) {
  const auto local = to_local(at);
  char text[64];
  std::snprintf(text, sizeof text, "%04d%02u%02u%02d%02d%02d", static_cast<int>(local.date.year()),
                static_cast<unsigned>(local.date.month()), static_cast<unsigned>(local.date.day()),
                local.minute_of_day / 60, local.minute_of_day % 60,
                static_cast<int>(at.time_since_epoch().count() % 60));
  return text;
}

std::optional<Instant> parse_national_time(std::string_view text) {
  if (text.size() != 14 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t length) {
    return std::stoi(std::string(text.substr(at, length)));
  };
  const LocalDate date{std::chrono::year(number(0, 4)),
                       std::chrono::month(static_cast<unsigned>(number(4, 2))),
                       std::chrono::day(static_cast<unsigned>(number(6, 2)))};
  const int hour = number(8, 2);
  const int minute = number(10, 2);
  const int second = number(12, 2);
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return from_local(date, hour * 60 + minute) + std::chrono::seconds(second);
}

}  // namespace motcua::core
