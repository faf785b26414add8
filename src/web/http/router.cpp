#include "web/http/router.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "web/http/http_errors.hpp"
#include "web/http/url.hpp"

namespace motcua::web {
namespace {

bool valid_parameter_name(std::string_view name) {
  if (name.empty() || (name.front() >= '0' && name.front() <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// HEAD answers like GET with no body, keeping the length GET would have sent (RFC 9110 §9.3.2).
Response without_body(Response response) {
  if (!response.header_value("content-length")) {
    response.header("content-length", std::to_string(response.body_text().size()));
  }
  response.body.clear();
  response.shared_body.reset();
  return response;
}

}  // namespace

Router::Router()
    : not_found_([](Request& request) { return error_response(request, 404, "not_found"); }) {}

std::vector<Router::Segment> Router::parse_pattern(std::string_view pattern) {
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + std::string(pattern));
  }
  std::vector<Segment> segments;
  for (const auto piece : path_segments(pattern)) {
    const bool parameter = piece.front() == '{' && piece.back() == '}';
    const auto text = parameter ? piece.substr(1, piece.size() - 2) : piece;
    const bool stray_brace = text.find_first_of("{}") != std::string_view::npos;
    if (stray_brace || (parameter && !valid_parameter_name(text))) {
      throw std::invalid_argument("malformed route pattern: " + std::string(pattern));
    }
    const bool repeated = parameter && std::any_of(segments.begin(), segments.end(), [&](auto& s) {
                            return s.parameter && s.text == text;
                          });
    if (repeated) throw std::invalid_argument("repeated parameter in " + std::string(pattern));
    segments.push_back({std::string(text), parameter});
  }
  return segments;
}

void Router::add(Method method, std::string_view pattern, Handler handler) {
  auto segments = parse_pattern(pattern);
  const auto same_shape = [&](const Route& route) {
    return route.method == method &&
           std::equal(route.segments.begin(), route.segments.end(), segments.begin(),
                      segments.end(), [](const Segment& a, const Segment& b) {
                        return a.parameter == b.parameter && (a.parameter || a.text == b.text);
                      });
  };
  if (std::any_of(routes_.begin(), routes_.end(), same_shape)) {
    throw std::invalid_argument("route registered twice: " + std::string(method_name(method)) +
                                " " + std::string(pattern));
  }
  shapes_[{method, segments.size()}].push_back(routes_.size());
  routes_.push_back({method, std::string(pattern), std::move(segments), std::move(handler)});
}

void Router::set_not_found(Handler handler) { not_found_ = std::move(handler); }

bool Router::matches(const Route& route, const std::vector<std::string_view>& segments) {
  if (route.segments.size() != segments.size()) return false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (!route.segments[i].parameter && route.segments[i].text != segments[i]) return false;
  }
  return true;
}

bool Router::more_specific(const Route& a, const Route& b) {
  for (std::size_t i = 0; i < a.segments.size(); ++i) {
    if (a.segments[i].parameter != b.segments[i].parameter) return !a.segments[i].parameter;
  }
  return false;
}

const Router::Route* Router::best_route(Method method,
                                        const std::vector<std::string_view>& segments) const {
  const auto shape = shapes_.find({method, segments.size()});
  if (shape == shapes_.end()) return nullptr;
  const Route* best = nullptr;
  for (const auto position : shape->second) {
    const auto& route = routes_[position];
    if (!matches(route, segments)) continue;
    if (!best || more_specific(route, *best)) best = &route;
  }
  return best;
}

std::string Router::allowed_methods(const std::vector<std::string_view>& segments) const {
  constexpr std::array kOrder{Method::get, Method::head,  Method::post,
                              Method::put, Method::patch, Method::del};
  std::string allow;
  for (const auto method : kOrder) {
    const auto lookup = method == Method::head ? Method::get : method;
    const bool known = std::any_of(routes_.begin(), routes_.end(), [&](const Route& route) {
      return (route.method == method || route.method == lookup) && matches(route, segments);
    });
    if (!known) continue;
    if (!allow.empty()) allow += ", ";
    allow += method_name(method);
  }
  if (!allow.empty()) allow += ", OPTIONS";
  return allow;
}

Response Router::run(const Route& route, const std::vector<std::string_view>& segments,
                     Request& request) {
  request.path_params.clear();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (route.segments[i].parameter) {
      request.path_params[route.segments[i].text] = std::string(segments[i]);
    }
  }
  return route.handler(request);
}

Response Router::dispatch(Request& request) const {
  if (request.path.empty()) {
    auto path = normalize_path(split_target(request.target).path);
    if (!path) return not_found_(request);
    request.path = std::move(*path);
  }
  const auto segments = path_segments(request.path);
  if (const auto* route = best_route(request.method, segments)) {
    return run(*route, segments, request);
  }
  if (request.method == Method::head) {
    if (const auto* get = best_route(Method::get, segments)) {
      return without_body(run(*get, segments, request));
    }
  }
  const auto allow = allowed_methods(segments);
  if (allow.empty()) return not_found_(request);
  auto response = request.method == Method::options
                      ? Response::empty(204)
                      : error_response(request, 405, "method_not_allowed");
  response.header("allow", allow);
  return response;
}

std::vector<std::pair<Method, std::string>> Router::routes() const {
  std::vector<std::pair<Method, std::string>> out;
  out.reserve(routes_.size());
  for (const auto& route : routes_) out.emplace_back(route.method, route.pattern);
  return out;
}

}  // namespace motcua::web
