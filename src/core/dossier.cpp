#include "core/dossier.hpp"

#include "core/enum_names.hpp"

namespace motcua::core {

namespace {

// KenhThucHien of the national portal (1 counter, 2 online, 3 post), plus dossiers synced from it.
constexpr detail::NameTable<Channel, 4> kChannels{{
    {Channel::counter, "counter"},
    {Channel::online, "online"},
    {Channel::post, "post"},
    {Channel::national_portal, "national_portal"},
}};

constexpr detail::NameTable<ReturnMethod, 3> kReturnMethods{{
    {ReturnMethod::counter, "counter"},
    {ReturnMethod::post, "post"},
    {ReturnMethod::online, "online"},
}};

}  // namespace

std::string_view channel_name(Channel channel) { return detail::name_of(kChannels, channel); }

std::optional<Channel> parse_channel(std::string_view name) {
  return detail::parse_name(kChannels, name);
}

std::string_view return_method_name(ReturnMethod method) {
  return detail::name_of(kReturnMethods, method);
}

std::optional<ReturnMethod> parse_return_method(std::string_view name) {
  return detail::parse_name(kReturnMethods, name);
}

}  // namespace motcua::core
