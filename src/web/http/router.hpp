#pragma once
// Maps method and path to a handler. Patterns are literal segments and `{name}` parameters that
// each take one whole segment: `/api/v1/work/dossiers/{code}/{action}`. The most specific pattern
// wins (a literal segment beats a parameter at the first place they differ), so `/dossiers/new`
// and `/dossiers/{id}` can live side by side in any order.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http/message.hpp"
#include "web/http/server.hpp"

namespace motcua::web {

class Router {
 public:
  Router();

  // Throws std::invalid_argument for a malformed pattern (no leading `/`, an empty or repeated
  // parameter name, a `{` inside a segment) or one that repeats an existing route's shape.
  void add(Method method, std::string_view pattern, Handler handler);

  // Called when no route has the path (default: a JSON 404).
  void set_not_found(Handler handler);

  // Fills `request.path_params` and runs the matching handler. A path known only under other
  // methods answers 405 with `Allow`; HEAD runs the GET handler and drops the body (keeping its
  // length in `content-length`); OPTIONS without a route answers 204 with `Allow`.
  Response dispatch(Request& request) const;

  // Every route as (method, pattern), in registration order: what the OpenAPI document must list.
  std::vector<std::pair<Method, std::string>> routes() const;

 private:
  struct Segment {
    std::string text;  // the literal, or the parameter's name
    bool parameter = false;
  };
  struct Route {
    Method method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
  };
  static std::vector<Segment> parse_pattern(std::string_view pattern);
  static bool matches(const Route& route, const std::vector<std::string_view>& segments);
  static bool more_specific(const Route& a, const Route& b);
  const Route* best_route(Method method, const std::vector<std::string_view>& segments) const;
  std::string allowed_methods(const std::vector<std::string_view>& segments) const;
  static Response run(const Route& route, const std::vector<std::string_view>& segments,
                      Request& request);

  std::vector<Route> routes_;
  // Positions in routes_ by method and number of segments: only these can match a path, and a
  // request looks among them instead of among every route.
  std::map<std::pair<Method, std::size_t>, std::vector<std::size_t>> shapes_;
  Handler not_found_;
};

}  // namespace motcua::web
