#include "web/pages/safe_redirect.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

TEST(SafeNext, KeepsLocalPaths) {
  EXPECT_EQ(safe_next("/ho-so"), "/ho-so");
  EXPECT_EQ(safe_next("/thu-tuc?q=khai%20sinh&page=2"), "/thu-tuc?q=khai%20sinh&page=2");
  EXPECT_EQ(safe_next("/"), "/");
}

TEST(SafeNext, RefusesEverythingThatCouldLeaveThePortal) {
  for (const char* bad :
       {"//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
        "evil.example", "", " /ho-so", "/\t/evil.example", "/ho-so\r\nSet-Cookie: x=1", "/a\\b"}) {
    EXPECT_EQ(safe_next(bad, "/fallback"), "/fallback") << bad;
  }
}

TEST(UrlEncode, EscapesAllButUnreserved) {
  EXPECT_EQ(url_encode("abc-._~XYZ09"), "abc-._~XYZ09");
  EXPECT_EQ(url_encode("/ho-so?a=b&c"), "%2Fho-so%3Fa%3Db%26c");
  EXPECT_EQ(url_encode("khai sinh"), "khai%20sinh");
  EXPECT_EQ(url_encode("Đ"), "%C4%90");
}

TEST(LoginUrl, CarriesOnlyASafeNext) {
  EXPECT_EQ(login_url("/thu-tuc/1.001193"), "/dang-nhap?next=%2Fthu-tuc%2F1.001193");
  EXPECT_EQ(login_url("/"), "/dang-nhap");
  EXPECT_EQ(login_url("//evil.example"), "/dang-nhap");
}

}  // namespace
}  // namespace motcua::web
