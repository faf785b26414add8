// The theme's colours go inline in each page's head; the CSP must allow exactly those bytes and no
// other inline style.
#include <gtest/gtest.h>

#include "web/security_headers.hpp"
#include "web/theme_css.hpp"

namespace motcua::web {
namespace {

std::string policy_of(const WebConfig& config) {
  Response response;
  add_security_headers(config, response);
  return response.header_value("content-security-policy").value_or("");
}

TEST(ThemeStyle, TheSourceIsTheBase64Sha256OfTheBytes) {
  EXPECT_EQ(inline_style_source(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  EXPECT_NE(inline_style_source(":root{--a:#fff}"), inline_style_source(":root{--a:#ffe}"));
}

TEST(ThemeStyle, ThePolicyAllowsTheThemesStyleOnly) {
  WebConfig config;
  EXPECT_NE(policy_of(config).find("style-src 'self';"), std::string::npos);
  config.theme_style_source = inline_style_source(":root{--a:#fff}");
  const auto policy = policy_of(config);
  EXPECT_NE(policy.find("style-src 'self' " + config.theme_style_source + ";"), std::string::npos)
      << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
}

TEST(ThemeStyle, ThePolicyFollowsTheAnalyticsSettings) {
  WebConfig config;
  EXPECT_NE(policy_of(config).find("script-src 'self';"), std::string::npos);
  config.emc_site_id = "site";
  config.emc_script_url = "https://emc.example/js/tracker.js";
  config.emc_tracker_url = "https://track.example/collect";
  const auto policy = policy_of(config);
  EXPECT_NE(policy.find("script-src 'self' https://emc.example;"), std::string::npos) << policy;
  EXPECT_NE(policy.find("connect-src 'self' https://track.example;"), std::string::npos) << policy;
  config.emc_site_id.clear();
  EXPECT_NE(policy_of(config).find("script-src 'self';"), std::string::npos);
}

}  // namespace
}  // namespace motcua::web
