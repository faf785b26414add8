#include "web/http/message.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

Request with_headers(std::vector<std::pair<std::string, std::string>> headers) {
  Request request;
  request.headers = std::move(headers);
  return request;
}

TEST(Request, HeaderLookupIgnoresCase) {
  const auto request = with_headers({{"content-type", "text/plain"}, {"x-a", "1"}});
  EXPECT_EQ(request.header("Content-Type"), "text/plain");
  EXPECT_EQ(request.header("X-A"), "1");
  EXPECT_FALSE(request.header("x-b"));
}

TEST(Request, QueryParams) {
  Request request;
  request.query = {{"page", "2"}, {"q", "a b"}, {"page", "3"}};
  EXPECT_EQ(request.query_param("page"), "2");
  EXPECT_EQ(request.query_or("q", "-"), "a b");
  EXPECT_EQ(request.query_or("missing", "-"), "-");
}

TEST(Request, CookiesPerRfc6265) {
  const auto request =
      with_headers({{"cookie", "motcua_session=abc123; motcua_lang=en;theme=\"dark\"; empty="},
                    {"cookie", "late=1"}});
  EXPECT_EQ(request.cookie("motcua_session"), "abc123");
  EXPECT_EQ(request.cookie("motcua_lang"), "en");
  EXPECT_EQ(request.cookie("theme"), "dark");
  EXPECT_EQ(request.cookie("empty"), "");
  EXPECT_EQ(request.cookie("late"), "1");
  EXPECT_FALSE(request.cookie("motcua"));  // no prefix matches
  EXPECT_FALSE(with_headers({}).cookie("x"));
}

TEST(Request, PathParams) {
  Request request;
  request.path_params["id"] = "42";
  EXPECT_EQ(request.param("id"), "42");
  EXPECT_EQ(request.param("other"), "");
}

TEST(Response, FactoriesSetUtf8ContentTypes) {
  EXPECT_EQ(Response::text(200, "x").header_value("content-type"), "text/plain; charset=utf-8");
  EXPECT_EQ(Response::html(201, "x").header_value("Content-Type"), "text/html; charset=utf-8");
  const auto json = Response::json(400, "{}");
  EXPECT_EQ(json.status, 400);
  EXPECT_EQ(json.body, "{}");
  EXPECT_EQ(json.header_value("content-type"), "application/json; charset=utf-8");
}

TEST(Response, RedirectIsSeeOtherWithLocation) {
  const auto response = Response::redirect("/ho-so/1");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.header_value("location"), "/ho-so/1");
  EXPECT_EQ(Response::redirect("/x", 302).status, 302);
  EXPECT_EQ(Response::empty(204).status, 204);
}

TEST(Response, HeaderStripsLineBreaks) {
  Response response;
  response.header("x-test", "a\r\nSet-Cookie: evil=1");
  response.header("x-bad\r\nname", std::string("v\0w", 3));
  EXPECT_EQ(response.header_value("x-test"), "aSet-Cookie: evil=1");
  EXPECT_EQ(response.header_value("x-badname"), "vw");
  EXPECT_FALSE(response.header_value("set-cookie"));
}

TEST(Method, Names) {
  EXPECT_EQ(method_name(Method::del), "DELETE");
  EXPECT_EQ(method_name(Method::head), "HEAD");
}

}  // namespace
}  // namespace motcua::web
