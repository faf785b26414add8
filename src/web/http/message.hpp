#pragma once
// The request and response types every handler sees. They carry no RESTinio type, so handlers,
// middleware and tests compile without it; only server.cpp translates.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motcua::web {

enum class Method { get, head, post, put, patch, del, options, other };
std::string_view method_name(Method method);

struct Request {
  Method method = Method::get;
  std::string target;                                        // path and query as received
  std::string path;                                          // decoded path, without the query
  std::vector<std::pair<std::string, std::string>> query;    // decoded
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;
  std::string request_id;
  std::map<std::string, std::string> path_params;  // filled by the router

  std::optional<std::string> header(std::string_view name) const;  // case-insensitive
  std::optional<std::string> query_param(std::string_view name) const;
  std::string query_or(std::string_view name, std::string fallback) const;
  std::optional<std::string> cookie(std::string_view name) const;
  std::string param(const std::string& name) const;  // a path parameter, "" if absent
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // A body shared with a cache and sent as it stands, in place of `body` (then empty): a kept page
  // is answered without a copy of it, and outlives its eviction until it has been sent.
  std::shared_ptr<const std::string> shared_body;

  std::string_view body_text() const;  // whichever of the two carries the body
  Response& header(std::string name, std::string value);
  std::optional<std::string> header_value(std::string_view name) const;
  bool has_header(std::string_view name) const;

  static Response text(int status, std::string body);
  static Response html(int status, std::string body);
  static Response json(int status, std::string body);
  static Response redirect(std::string location, int status = 303);
  static Response empty(int status);
};

}  // namespace motcua::web
