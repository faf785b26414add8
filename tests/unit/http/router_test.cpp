#include "web/http/router.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace motcua::web {
namespace {

Handler echo(std::string tag) {
  return [tag](Request& request) {
    std::string body = tag;
    for (const auto& [name, value] : request.path_params) body += " " + name + "=" + value;
    return Response::text(200, body);
  };
}

Request make(Method method, std::string target) {
  Request request;
  request.method = method;
  request.target = std::move(target);
  return request;
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router.add(Method::get, "/api/v1/dossiers/{id}/files", echo("files"));
    router.add(Method::post, "/api/v1/dossiers/{id}/files", echo("upload"));
    router.add(Method::post, "/api/v1/work/dossiers/{code}/{action}", echo("action"));
    router.add(Method::get, "/api/v1/dossiers/{id}", echo("dossier"));
    router.add(Method::get, "/api/v1/dossiers/search", echo("search"));
    router.add(Method::get, "/", echo("home"));
  }
  Response run(Method method, std::string target) {
    auto request = make(method, std::move(target));
    return router.dispatch(request);
  }
  Router router;
};

TEST_F(RouterTest, MatchesAndFillsDecodedParams) {
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/42/files").body, "files id=42");
  EXPECT_EQ(run(Method::post, "/api/v1/work/dossiers/H12-001/approve").body,
            "action action=approve code=H12-001");
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/%C4%90-1").body, "dossier id=Đ-1");
  EXPECT_EQ(run(Method::get, "/").body, "home");
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/42?x=1").body, "dossier id=42");
}

TEST_F(RouterTest, LiteralBeatsParameterWhateverTheOrder) {
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/search").body, "search");
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/searchx").body, "dossier id=searchx");
}

TEST_F(RouterTest, UnknownPathIsNotFound) {
  const auto response = run(Method::get, "/nowhere");
  EXPECT_EQ(response.status, 404);
  EXPECT_NE(response.body.find("\"not_found\""), std::string::npos);
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/42/files/extra").status, 404);
}

TEST_F(RouterTest, NotFoundHandlerIsConfigurable) {
  router.set_not_found([](Request&) { return Response::html(404, "<h1>Không tìm thấy</h1>"); });
  EXPECT_EQ(run(Method::get, "/nowhere").body, "<h1>Không tìm thấy</h1>");
}

TEST_F(RouterTest, OtherMethodIs405WithAllow) {
  const auto response = run(Method::del, "/api/v1/dossiers/42/files");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header_value("allow"), "GET, HEAD, POST, OPTIONS");
  EXPECT_NE(response.body.find("method_not_allowed"), std::string::npos);
}

TEST_F(RouterTest, OptionsWithoutRouteListsMethods) {
  const auto response = run(Method::options, "/api/v1/work/dossiers/A/b");
  EXPECT_EQ(response.status, 204);
  EXPECT_EQ(response.header_value("allow"), "POST, OPTIONS");
}

TEST_F(RouterTest, HeadFallsBackToGetWithoutBody) {
  const auto response = run(Method::head, "/api/v1/dossiers/42");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "");
  EXPECT_EQ(response.header_value("content-length"),
            std::to_string(std::string("dossier id=42").size()));
}

TEST_F(RouterTest, ExplicitHeadRouteWins) {
  router.add(Method::head, "/", [](Request&) { return Response::empty(204); });
  EXPECT_EQ(run(Method::head, "/").status, 204);
}

TEST_F(RouterTest, UsesTheAlreadyNormalisedPath) {
  auto request = make(Method::get, "/ignored");
  request.path = "/api/v1/dossiers/7";
  EXPECT_EQ(router.dispatch(request).body, "dossier id=7");
}

TEST_F(RouterTest, UndecodablePathIsNotFound) {
  EXPECT_EQ(run(Method::get, "/api/v1/dossiers/%zz").status, 404);
}

TEST(RouterPatterns, RejectsMalformedAndDuplicateRoutes) {
  Router router;
  const auto noop = [](Request&) { return Response::empty(204); };
  EXPECT_THROW(router.add(Method::get, "no-slash", noop), std::invalid_argument);
  EXPECT_THROW(router.add(Method::get, "/a/{}", noop), std::invalid_argument);
  EXPECT_THROW(router.add(Method::get, "/a/x{id}", noop), std::invalid_argument);
  EXPECT_THROW(router.add(Method::get, "/a/{id}/{id}", noop), std::invalid_argument);
  router.add(Method::get, "/a/{id}", noop);
  EXPECT_THROW(router.add(Method::get, "/a/{code}", noop), std::invalid_argument);
  EXPECT_NO_THROW(router.add(Method::post, "/a/{code}", noop));
}

}  // namespace
}  // namespace motcua::web
