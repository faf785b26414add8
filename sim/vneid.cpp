#include "vneid.hpp"

#include "html.hpp"
#include "integrations/http_client.hpp"
#include "web/http/url.hpp"

namespace motcua::sim {
namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr std::chrono::seconds kCodeLifetime{60};
constexpr std::chrono::seconds kAccessLifetime{3600};
constexpr std::chrono::seconds kIdTokenLifetime{600};
constexpr std::size_t kMaxParameter = 512;
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kTokenBytes = 32;

bool pkce_text(std::string_view text) {
  return text.size() >= 43 && text.size() <= 128 &&
         text.find_first_not_of(
             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~") ==
             std::string_view::npos;
}

bool bounded(std::string_view text) { return !text.empty() && text.size() <= kMaxParameter; }

// The authorization request, or why it cannot be served (said to the citizen, not the client).
std::optional<AuthorizeRequest> read_authorize(const Fields& fields, const SimOptions& options,
                                               std::string& why) {
  AuthorizeRequest request{field(fields, "client_id"), field(fields, "redirect_uri"),
                           field(fields, "scope"),     field(fields, "state"),
                           field(fields, "nonce"),     field(fields, "code_challenge")};
  if (field(fields, "response_type") != "code")
    why = "response_type phải là code";
  else if (request.client_id != options.client_id)
    why = "client_id không được đăng ký";
  else if (!is_web_url(request.redirect_uri))
    why = "redirect_uri không hợp lệ";
  else if (!bounded(request.state) || !bounded(request.nonce))
    why = "Thiếu state hoặc nonce";
  else if (field(fields, "code_challenge_method") != "S256" || !pkce_text(request.challenge))
    why = "Cần PKCE với code_challenge_method=S256";
  if (!why.empty()) return std::nullopt;
  return request;
}

std::optional<Identity> read_identity(const Fields& fields, Identity& entered) {
  entered = {field(fields, "SoDinhDanh"), field(fields, "HoVaTen"), field(fields, "SoDienThoai"),
             field(fields, "ThuDienTu")};
  const bool valid = is_digits(entered.id_number, 12, 12) && !entered.full_name.empty() &&
                     entered.full_name.size() <= kMaxName &&
                     (entered.phone.empty() || is_digits(entered.phone, 9, 15)) &&
                     (entered.email.empty() || entered.email.find('@') != std::string::npos);
  if (!valid) return std::nullopt;
  return entered;
}

web::Response login_form(int status, const AuthorizeRequest& request, const Identity& identity,
                         std::string_view error) {
  std::string body = "<p>Cổng dịch vụ công đề nghị xác thực danh tính của bạn.</p>";
  if (!error.empty()) body += "<p role=\"alert\">" + escape_html(error) + "</p>";
  body += "<form method=\"post\" action=\"/vneid/authorize\">";
  body += hidden_inputs({{"response_type", "code"},
                         {"client_id", request.client_id},
                         {"redirect_uri", request.redirect_uri},
                         {"scope", request.scope},
                         {"state", request.state},
                         {"nonce", request.nonce},
                         {"code_challenge", request.challenge},
                         {"code_challenge_method", "S256"}});
  body += text_input({"SoDinhDanh", "Số định danh cá nhân", identity.id_number, ""},
                     "inputmode=\"numeric\" pattern=\"[0-9]{12}\" required");
  body += text_input({"HoVaTen", "Họ và tên", identity.full_name, ""}, "required");
  body += text_input({"SoDienThoai", "Số điện thoại", identity.phone, ""}, "inputmode=\"tel\"");
  body += text_input({"ThuDienTu", "Thư điện tử", identity.email, ""}, "type=\"email\"");
  body += "<button id=\"vneid-approve\" type=\"submit\">Đồng ý và đăng nhập</button></form>";
  return html_page(status, "Đăng nhập bằng tài khoản định danh điện tử VNeID", body);
}

web::Response refused_page(std::string_view why) {
  return html_page(400, "Yêu cầu đăng nhập không hợp lệ", "<p>" + escape_html(why) + "</p>");
}

web::Response oauth_error(int status, const char* error) {
  auto response = json_reply(status, {{"error", error}});
  response.header("cache-control", "no-store");
  return response;
}

// client_id and client_secret from HTTP Basic (RFC 6749 §2.3.1) or, failing that, the form.
std::pair<std::string, std::string> client_credentials(const web::Request& request,
                                                       const Fields& form) {
  const auto header = request.header("authorization").value_or("");
  if (header.starts_with("Basic ")) {
    const auto decoded = integrations::base64_decode(header.substr(6)).value_or("");
    const auto colon = decoded.find(':');
    if (colon != std::string::npos) {
      return {web::percent_decode(decoded.substr(0, colon), true).value_or(""),
              web::percent_decode(decoded.substr(colon + 1), true).value_or("")};
    }
  }
  return {field(form, "client_id"), field(form, "client_secret")};
}

template <typename Map>
void forget_expired(Map& map, SteadyClock::time_point now) {
  std::erase_if(map, [now](const auto& entry) { return entry.second.expires <= now; });
}

long long epoch_seconds(Clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

}  // namespace

void Vneid::install(web::Router& router) {
  using web::Method;
  router.add(Method::get, "/vneid/.well-known/openid-configuration",
             [this](web::Request& r) { return discovery(r); });
  router.add(Method::get, "/vneid/jwks", [this](web::Request&) {
    return json_reply(200, {{"keys", json::array({key_.jwk()})}});
  });
  router.add(Method::get, "/vneid/authorize", [this](web::Request& r) { return login_page(r); });
  router.add(Method::post, "/vneid/authorize", [this](web::Request& r) { return approve(r); });
  router.add(Method::post, "/vneid/token",
             context_.protocol([this](web::Request& r) { return token(r); }));
  router.add(Method::get, "/vneid/userinfo",
             context_.protocol([this](web::Request& r) { return userinfo(r); }));
}

std::string Vneid::issuer(const web::Request& request) const {
  return context_.base_url(request) + "/vneid";
}

web::Response Vneid::discovery(const web::Request& request) const {
  const auto base = issuer(request);
  return json_reply(200, {{"issuer", base},
                          {"authorization_endpoint", base + "/authorize"},
                          {"token_endpoint", base + "/token"},
                          {"userinfo_endpoint", base + "/userinfo"},
                          {"jwks_uri", base + "/jwks"},
                          {"response_types_supported", json::array({"code"})},
                          {"grant_types_supported", json::array({"authorization_code"})},
                          {"subject_types_supported", json::array({"public"})},
                          {"id_token_signing_alg_values_supported", json::array({"RS256"})},
                          {"scopes_supported", json::array({"openid"})},
                          {"code_challenge_methods_supported", json::array({"S256"})},
                          {"token_endpoint_auth_methods_supported",
                           json::array({"client_secret_post", "client_secret_basic"})}});
}

web::Response Vneid::login_page(const web::Request& request) const {
  std::string why;
  const auto authorize = read_authorize(fields_of(request.query), context_.options(), why);
  if (!authorize) return refused_page(why);
  return login_form(200, *authorize, Identity{}, "");
}

web::Response Vneid::approve(const web::Request& request) {
  const auto form = parse_form(request.body);
  std::string why;
  const auto authorize =
      form ? read_authorize(*form, context_.options(), why) : std::optional<AuthorizeRequest>();
  if (!authorize) return refused_page(why.empty() ? "Biểu mẫu không hợp lệ" : why);
  Identity entered;
  const auto identity = read_identity(*form, entered);
  if (!identity) {
    return login_form(400, *authorize, entered,
                      "Kiểm tra lại: số định danh gồm 12 chữ số, họ và tên bắt buộc.");
  }
  const auto code = integrations::random_token(kTokenBytes);
  {
    const std::lock_guard lock(mutex_);
    forget_expired(codes_, SteadyClock::now());
    codes_[code] = {*authorize, *identity, SteadyClock::now() + kCodeLifetime};
  }
  const auto& uri = authorize->redirect_uri;
  return redirect_page(uri + (uri.find('?') == std::string::npos ? "?" : "&") +
                       "code=" + integrations::url_encode(code) +
                       "&state=" + integrations::url_encode(authorize->state));
}

std::optional<Vneid::Grant> Vneid::redeem(const std::string& code) {
  const std::lock_guard lock(mutex_);
  const auto found = codes_.find(code);
  if (found == codes_.end()) return std::nullopt;
  auto grant = std::move(found->second);
  codes_.erase(found);  // one use, even when this use fails
  if (grant.expires <= SteadyClock::now()) return std::nullopt;
  return grant;
}

web::Response Vneid::token(const web::Request& request) {
  const auto form = parse_form(request.body);
  if (!form) return oauth_error(400, "invalid_request");
  if (field(*form, "grant_type") != "authorization_code")
    return oauth_error(400, "unsupported_grant_type");
  const auto [client_id, secret] = client_credentials(request, *form);
  if (client_id != context_.options().client_id ||
      !integrations::same_mac(context_.options().client_secret, secret))
    return oauth_error(401, "invalid_client");
  const auto grant = redeem(field(*form, "code"));
  const auto verifier = field(*form, "code_verifier");
  if (!grant || grant->request.client_id != client_id ||
      grant->request.redirect_uri != field(*form, "redirect_uri") || !pkce_text(verifier) ||
      integrations::pkce_challenge(verifier) != grant->request.challenge)
    return oauth_error(400, "invalid_grant");
  const auto claims = claims_for(*grant, request);
  const auto access_token = integrations::random_token(kTokenBytes);
  {
    const std::lock_guard lock(mutex_);
    forget_expired(sessions_, SteadyClock::now());
    sessions_[access_token] = {claims, SteadyClock::now() + kAccessLifetime};
  }
  auto response = json_reply(200, {{"access_token", access_token},
                                   {"id_token", key_.sign_jwt(claims)},
                                   {"token_type", "Bearer"},
                                   {"expires_in", kAccessLifetime.count()}});
  response.header("cache-control", "no-store");
  return response;
}

web::Response Vneid::userinfo(const web::Request& request) {
  const auto header = request.header("authorization").value_or("");
  const auto token = header.starts_with("Bearer ") ? header.substr(7) : std::string();
  const std::lock_guard lock(mutex_);
  const auto found = sessions_.find(token);
  if (found == sessions_.end() || found->second.expires <= SteadyClock::now()) {
    auto response = oauth_error(401, "invalid_token");
    response.header("www-authenticate", "Bearer error=\"invalid_token\"");
    return response;
  }
  return json_reply(200, found->second.claims);
}

json Vneid::claims_for(const Grant& grant, const web::Request& request) const {
  const auto now = Clock::now();
  const auto& identity = grant.identity;
  return {{"iss", issuer(request)},
          {"aud", grant.request.client_id},
          {"sub", "vneid-" + identity.id_number},
          {"iat", epoch_seconds(now)},
          {"exp", epoch_seconds(now + kIdTokenLifetime)},
          {"nonce", grant.request.nonce},
          {"SoDinhDanh", identity.id_number},
          {"HoVaTen", identity.full_name},
          {"SoDienThoai", identity.phone},
          {"ThuDienTu", identity.email},
          {"NgayThangNamSinh", "01/01/1990"},
          {"ThuongTru", ""},
          {"loAs", "2"}};
}

}  // namespace motcua::sim
