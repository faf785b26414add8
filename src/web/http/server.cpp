// The only translation unit of the library that includes RESTinio (it costs ~25 s to compile).
#include "web/http/server.hpp"

#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <restinio/all.hpp>
#include <thread>

#include "web/http/guarded_socket.hpp"
#include "web/http/header_value.hpp"
#include "web/http/http_errors.hpp"
#include "web/http/request_id.hpp"
#include "web/http/static_files.hpp"
#include "web/http/url.hpp"
#include "web/http/worker_pool.hpp"

namespace motcua::web {
namespace {

using Clock = std::chrono::steady_clock;

// Held by every open connection, idle ones too: 10,000 idle keep-alive connections must fit in
// little memory. Bodies larger than it are read in several turns.
constexpr std::size_t kReadBufferBytes = std::size_t{4} * 1024;
constexpr std::chrono::milliseconds kDrainTick{20};
constexpr std::string_view kRefusalRetrySeconds = "5";

// RESTinio's own diagnostics go to the project log. Per-connection trouble (a client resetting, a
// malformed request, a timeout) is the clients' doing and routine under load, so it is debug
// output; the rest (binding, accepting) is the server's and keeps its level.
struct RestinioLog {
  template <typename Build>
  void trace(Build&& build) const {
    log(spdlog::level::trace, build);
  }
  template <typename Build>
  void info(Build&& build) const {
    log(spdlog::level::debug, build);
  }
  template <typename Build>
  void warn(Build&& build) const {
    log(spdlog::level::warn, build);
  }
  template <typename Build>
  void error(Build&& build) const {
    log(spdlog::level::err, build);
  }

  template <typename Build>
  static void log(spdlog::level::level_enum level, Build& build) {
    auto* logger = spdlog::default_logger_raw();
    if (!logger->should_log(std::min(level, spdlog::level::debug))) return;
    const std::string message = build();
    if (level > spdlog::level::debug && message.starts_with("[connection:")) {
      level = spdlog::level::debug;
    }
    logger->log(level, "restinio: {}", message);
  }
};

struct Traits : restinio::traits_t<restinio::asio_timer_manager_t, RestinioLog> {
  using stream_socket_t = detail::GuardedSocket;
  static constexpr bool use_connection_count_limiter = true;
};
using RestinioServer = restinio::http_server_t<Traits>;
using Settings = restinio::server_settings_t<Traits>;

struct StatusText {
  int status;
  const char* reason;
};

constexpr std::array kReasons{
    StatusText{100, "Continue"},
    StatusText{200, "OK"},
    StatusText{201, "Created"},
    StatusText{202, "Accepted"},
    StatusText{204, "No Content"},
    StatusText{206, "Partial Content"},
    StatusText{301, "Moved Permanently"},
    StatusText{302, "Found"},
    StatusText{303, "See Other"},
    StatusText{304, "Not Modified"},
    StatusText{307, "Temporary Redirect"},
    StatusText{308, "Permanent Redirect"},
    StatusText{400, "Bad Request"},
    StatusText{401, "Unauthorized"},
    StatusText{403, "Forbidden"},
    StatusText{404, "Not Found"},
    StatusText{405, "Method Not Allowed"},
    StatusText{406, "Not Acceptable"},
    StatusText{408, "Request Timeout"},
    StatusText{409, "Conflict"},
    StatusText{410, "Gone"},
    StatusText{412, "Precondition Failed"},
    StatusText{413, "Content Too Large"},
    StatusText{414, "URI Too Long"},
    StatusText{415, "Unsupported Media Type"},
    StatusText{422, "Unprocessable Content"},
    StatusText{429, "Too Many Requests"},
    StatusText{431, "Request Header Fields Too Large"},
    StatusText{500, "Internal Server Error"},
    StatusText{501, "Not Implemented"},
    StatusText{502, "Bad Gateway"},
    StatusText{503, "Service Unavailable"},
    StatusText{504, "Gateway Timeout"},
};

const char* reason_for(int status) {
  for (const auto& text : kReasons) {
    if (text.status == status) return text.reason;
  }
  return "Status";
}

// The Date header's value, formatted once a second per thread rather than once a response (a
// strftime call was a fiftieth of a kept page's instructions).
const std::string& date_value() {
  thread_local std::time_t formatted_second = -1;
  thread_local std::string formatted;
  const auto now = std::time(nullptr);
  if (now != formatted_second) {
    formatted = restinio::make_date_field_value(now);
    formatted_second = now;
  }
  return formatted;
}

restinio::http_status_line_t status_line(int status) {
  return {restinio::http_status_code_t{static_cast<std::uint16_t>(status)}, reason_for(status)};
}

struct Rejection {
  std::string_view marker;  // the value of detail::kRejectHeader
  int status;
  std::string_view code;
};

constexpr std::array kRejections{
    Rejection{"400", 400, "bad_request"},      Rejection{"408", 408, "request_timeout"},
    Rejection{"413", 413, "too_large"},        Rejection{"414", 414, "uri_too_long"},
    Rejection{"431", 431, "header_too_large"},
};

// How to answer a request the guarded socket refused, by the status it marked it with.
Rejection rejection_for(std::string_view marker) {
  for (const auto& rejection : kRejections) {
    if (rejection.marker == marker) return rejection;
  }
  return kRejections.front();
}

Method method_of(const restinio::http_method_id_t& method) {
  if (method == restinio::http_method_get()) return Method::get;
  if (method == restinio::http_method_head()) return Method::head;
  if (method == restinio::http_method_post()) return Method::post;
  if (method == restinio::http_method_put()) return Method::put;
  if (method == restinio::http_method_patch()) return Method::patch;
  if (method == restinio::http_method_delete()) return Method::del;
  if (method == restinio::http_method_options()) return Method::options;
  return Method::other;
}

// Handlers may fill Response::headers directly; CR, LF and NUL never reach the wire.
std::string header_safe(std::string text) {
  std::erase_if(text, [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
  return text;
}

// Headers the server writes itself, whatever a handler put in the response.
bool server_owned(std::string_view name) {
  return is_lowered(name, "content-length") || is_lowered(name, "transfer-encoding") ||
         is_lowered(name, "connection") || is_lowered(name, "x-request-id") ||
         is_lowered(name, "date");
}

struct CopiedHeaders {
  bool close = false;  // the handler asked for `Connection: close`
  std::optional<std::size_t> declared_length;
};

// Copies a handler's headers to the RESTinio response, but for those the server writes itself.
template <typename Builder>
CopiedHeaders copy_headers(Builder& builder, Response& response) {
  CopiedHeaders copied;
  for (auto& [name, value] : response.headers) {
    if (is_lowered(name, "connection") && is_lowered(value, "close")) copied.close = true;
    if (is_lowered(name, "content-length"))
      copied.declared_length = std::strtoull(value.c_str(), nullptr, 10);
    if (name.empty() || server_owned(name)) continue;
    builder.append_header(header_safe(std::move(name)), header_safe(std::move(value)));
  }
  return copied;
}

// The Content-Length of a response without content: HEAD and 304 announce what a GET would have
// sent (RFC 9110 §8.6, §9.3.2); 204 and 1xx announce nothing.
std::size_t announced_length(bool head, int status, std::optional<std::size_t> declared,
                             std::size_t body_size) {
  if ((head || status == 304) && declared) return *declared;
  return head ? body_size : 0;
}

// An IPv4 address in dotted digits, written here: the library's formatting goes through sprintf,
// for every request.
std::string address_text(const asio::ip::address& address) {
  if (!address.is_v4()) return address.to_string();
  const auto bytes = address.to_v4().to_bytes();
  std::string text;
  for (const unsigned byte : bytes) {
    if (!text.empty()) text += '.';
    text += std::to_string(byte);
  }
  return text;
}

// One request from arrival to the end of its response.
struct Exchange {
  restinio::request_handle_t handle;
  Clock::time_point started = Clock::now();
  Request request;
  std::string method;  // as received, for the access log
  bool target_ok = true;
};

// Translates RESTinio's request into the project's; the target is decoded here, once.
void take_request(restinio::request_t& from, Exchange& exchange) {
  const auto& header = from.header();
  auto& request = exchange.request;
  exchange.method = header.method().c_str();
  request.method = method_of(header.method());
  request.target = std::string(header.request_target());
  header.for_each_field([&](const restinio::http_header_field_t& field) {
    request.headers.emplace_back(to_lower(field.name()), field.value());
  });
  request.request_id = request_id_for(request.header("x-request-id"));
  request.remote_address = address_text(from.remote_endpoint().address());
  // The body is RESTinio's buffer, no longer needed by it: moving it spares a copy of uploads.
  request.body = std::move(const_cast<std::string&>(from.body()));
  const auto parts = split_target(request.target);
  auto path = normalize_path(parts.path);
  auto query = parse_query(parts.query);
  exchange.target_ok = path && query;
  if (exchange.target_ok) {
    request.path = std::move(*path);
    request.query = std::move(*query);
  }
}

// A whole response the guarded socket writes by itself, where RESTinio has no request to answer.
std::string canned_reply(int status, std::string_view code, std::string_view extra_headers = {}) {
  auto response = error_response(Request{}, status, code);
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason_for(status) + "\r\n";
  for (const auto& [name, value] : response.headers)
    out.append(name).append(": ").append(value).append("\r\n");
  out += extra_headers;
  out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  out += "Connection: close\r\n\r\n" + response.body;
  return out;
}

// How often heads are checked against the header timeout: the timeout is kept within a quarter.
std::chrono::milliseconds sweep_period(std::chrono::milliseconds header_timeout) {
  return std::clamp(header_timeout / 4, std::chrono::milliseconds(50),
                    std::chrono::milliseconds(1000));
}

// The overlays first: a file there hides the one of the same name in static_dir.
std::vector<std::string> static_folders(const ServerOptions& options) {
  auto folders = options.static_overlays;
  if (!options.static_dir.empty()) folders.push_back(options.static_dir);
  return folders;
}

}  // namespace

struct HttpServer::Impl {
  Impl(ServerOptions server_options, Handler app_handler, QuickHandler quick_handler)
      : options_(std::move(server_options)),
        handler_(std::move(app_handler)),
        quick_(std::move(quick_handler)),
        static_files_(StaticFiles::load(static_folders(options_))) {}

  ServerOptions options_;
  Handler handler_;
  QuickHandler quick_;
  StaticFiles static_files_;
  std::function<void(unsigned short)> listening_;
  std::atomic<unsigned short> port_{0};
  std::atomic<std::size_t> in_flight_{0};
  std::atomic<bool> draining_{false};
  std::atomic<bool> stop_requested_{false};
  int bound_socket_ = -1;                  // set before listening, on the open strand
  std::atomic<int> listening_socket_{-1};  // published once listening
  bool connections_shut_ = false;          // I/O-thread state of the drain
  bool forced_ = false;
  Clock::time_point drain_deadline_;
  std::exception_ptr open_error_;

  // Declared before everything that holds asio objects or request handles, so destroyed last.
  asio::io_context io_;
  std::unique_ptr<WorkerPool> pool_;
  std::unique_ptr<RestinioServer> server_;
  std::unique_ptr<asio::signal_set> signals_;
  std::unique_ptr<asio::steady_timer> drain_timer_;
  std::unique_ptr<asio::steady_timer> sweep_timer_;

  void start();
  void configure_guard();
  void sweep_heads();
  void run_io();
  void finish();
  Settings settings();
  restinio::request_handling_status_t on_request(const restinio::request_handle_t& handle);
  void route(const std::shared_ptr<Exchange>& exchange);
  void serve_static(Exchange& exchange, std::string_view relative);
  bool answer_quickly(Exchange& exchange);
  void submit(const std::shared_ptr<Exchange>& exchange);
  Response call_handler(Request& request);
  void respond(Exchange& exchange, Response response, std::string_view borrowed_body = {},
               bool close = false);
  void log_access(const Exchange& exchange, int status, std::size_t bytes) const;
  void begin_drain();
  void stop_listening();
  void drain_tick();
};

Settings HttpServer::Impl::settings() {
  Settings result;
  result.address(options_.address)
      .port(options_.port)
      .buffer_size(kReadBufferBytes)
      .concurrent_accepts_count(std::max<std::size_t>(options_.io_threads, 1))
      .max_parallel_connections(options_.max_connections)
      // GuardedSocket writes `100 Continue` itself, which is only safe one request at a time.
      .max_pipelined_requests(1)
      .read_next_http_message_timelimit(options_.read_timeout)
      .write_http_response_timelimit(options_.write_timeout)
      .handle_request_timeout(options_.handler_timeout)
      .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                    .max_url_size(options_.max_target_bytes)
                                    .max_field_name_size(options_.max_header_bytes)
                                    .max_field_value_size(options_.max_header_bytes)
                                    .max_field_count(options_.max_header_fields)
                                    .max_body_size(options_.max_body_bytes))
      .acceptor_post_bind_hook([this](asio::ip::tcp::acceptor& acceptor) {
        port_ = acceptor.local_endpoint().port();
        bound_socket_ = acceptor.native_handle();
      })
      .request_handler(
          [this](const restinio::request_handle_t& handle) { return on_request(handle); });
  asio::error_code not_numeric;  // a host name is left to RESTinio, over IPv4
  const auto address = asio::ip::make_address(options_.address, not_numeric);
  if (!not_numeric && address.is_v6()) result.protocol(asio::ip::tcp::v6());
  return result;
}

void HttpServer::Impl::start() {
  pool_ = std::make_unique<WorkerPool>(options_.worker_threads, options_.worker_queue_limit);
  configure_guard();
  server_ = std::make_unique<RestinioServer>(restinio::external_io_context(io_), settings());
  signals_ = std::make_unique<asio::signal_set>(io_, SIGINT, SIGTERM);
  signals_->async_wait([this](const asio::error_code& ec, int signal) {
    if (ec) return;
    spdlog::info("http: signal {} received, shutting down", signal);
    begin_drain();
  });
  drain_timer_ = std::make_unique<asio::steady_timer>(io_);
  sweep_timer_ = std::make_unique<asio::steady_timer>(io_);
  if (options_.header_timeout.count() > 0) sweep_heads();
  if (stop_requested_) {
    asio::post(io_, [this] { begin_drain(); });  // stopped before it ever listened
    return;
  }
  server_->open_async(
      [this] {
        listening_socket_ = bound_socket_;
        if (draining_) {  // a stop raced the start: nobody should be told to connect
          stop_listening();
          return;
        }
        spdlog::debug("http: listening on {}:{}", options_.address, port_.load());
        if (listening_) listening_(port_);
      },
      [this](std::exception_ptr error) {
        open_error_ = std::move(error);
        begin_drain();
      });
}

// Sockets read their limits from the io_context: set before the server creates any.
void HttpServer::Impl::configure_guard() {
  auto& guard = asio::use_service<detail::GuardService>(io_);
  guard.limits.max_body_bytes = options_.max_body_bytes;
  guard.limits.max_header_bytes = options_.max_header_bytes;
  guard.limits.max_target_bytes = std::min(options_.max_target_bytes, options_.max_header_bytes);
  guard.limits.max_header_fields = options_.max_header_fields;
  guard.limits.max_per_address = options_.max_connections_per_address;
  for (const auto& text : options_.uncapped_addresses) {
    asio::error_code ec;
    const auto address = asio::ip::make_address(text, ec);
    if (ec) throw std::invalid_argument("not an IP address: " + text);
    guard.limits.uncapped.push_back(address);
  }
  guard.limits.header_timeout = options_.header_timeout;
  guard.refusal_reply = canned_reply(429, "too_many_connections",
                                     "Retry-After: " + std::string(kRefusalRetrySeconds) + "\r\n");
  guard.malformed_reply = canned_reply(400, "bad_request");
}

void HttpServer::Impl::sweep_heads() {
  asio::use_service<detail::GuardService>(io_).expire_heads(Clock::now());
  sweep_timer_->expires_after(sweep_period(options_.header_timeout));
  sweep_timer_->async_wait([this](const asio::error_code& ec) {
    if (!ec) sweep_heads();
  });
}

void HttpServer::Impl::run_io() {
  for (;;) {
    try {
      io_.run();
      return;
    } catch (const std::exception& error) {
      spdlog::error("http: I/O thread: {}", error.what());
    }
  }
}

void HttpServer::Impl::finish() {
  pool_->shutdown();
  // Let cancelled operations complete, so no queued handler still holds the acceptor.
  io_.restart();
  io_.poll();
  signals_.reset();
  drain_timer_.reset();
  sweep_timer_.reset();
  if (!forced_) {
    try {
      server_->close_sync();
    } catch (const std::exception& error) {
      spdlog::warn("http: closing the listening socket: {}", error.what());
      forced_ = true;  // its destructor would try again, and throw where it must not
    }
  }
  if (forced_) {
    // Connections still alive point into the acceptor; freeing it under them would be worse than
    // leaking it in a process that is about to exit.
    (void)server_.release();
  } else {
    server_.reset();
  }
}

restinio::request_handling_status_t HttpServer::Impl::on_request(
    const restinio::request_handle_t& handle) {
  ++in_flight_;
  auto exchange = std::make_shared<Exchange>();
  exchange->handle = handle;
  try {
    take_request(*handle, *exchange);
    route(exchange);
  } catch (const std::exception& error) {
    spdlog::error("http: request_id={} cannot take request: {}", exchange->request.request_id,
                  error.what());
    respond(*exchange, error_response(exchange->request, 500, "internal"), {}, true);
  }
  return restinio::request_accepted();
}

void HttpServer::Impl::route(const std::shared_ptr<Exchange>& exchange) {
  const auto& request = exchange->request;
  if (const auto reject = request.header(detail::kRejectHeader)) {
    const auto rejection = rejection_for(*reject);
    respond(*exchange, error_response(request, rejection.status, rejection.code), {}, true);
  } else if (!exchange->target_ok) {
    respond(*exchange, error_response(request, 400, "bad_request"));
  } else if (!options_.static_dir.empty() && request.path.starts_with(options_.static_prefix)) {
    // Static assets come from memory, so the I/O thread answers them without a hand-off.
    serve_static(*exchange, std::string_view(request.path).substr(options_.static_prefix.size()));
  } else if (!answer_quickly(*exchange)) {
    submit(exchange);
  }
}

// A kept page costs less to write than to hand to a worker and back (a queue, a wake-up and a
// thread switch each way): the I/O thread answers it. Work it leaves (writing the page views)
// goes to the workers; a full queue leaves it for the next time.
bool HttpServer::Impl::answer_quickly(Exchange& exchange) {
  if (!quick_) return false;
  std::optional<QuickAnswer> answer;
  try {
    answer = quick_(exchange.request);
  } catch (const std::exception& error) {
    spdlog::warn("http: request_id={} quick answer failed, the workers take it: {}",
                 exchange.request.request_id, error.what());
    return false;
  }
  if (!answer) return false;
  if (answer->after) (void)pool_->try_submit(std::move(answer->after));
  respond(exchange, std::move(answer->response));
  return true;
}

void HttpServer::Impl::serve_static(Exchange& exchange, std::string_view relative) {
  auto reply = static_files_.serve(exchange.request, relative);
  respond(exchange, std::move(reply.head), reply.body);
}

void HttpServer::Impl::submit(const std::shared_ptr<Exchange>& exchange) {
  const bool queued =
      pool_->try_submit([this, exchange] { respond(*exchange, call_handler(exchange->request)); });
  if (queued) return;
  auto busy = error_response(exchange->request, 503, "overloaded");
  busy.header("retry-after", "1");
  respond(*exchange, std::move(busy));
}

Response HttpServer::Impl::call_handler(Request& request) {
  try {
    return handler_(request);
  } catch (const std::exception& error) {
    spdlog::error("http: request_id={} {} {}: handler failed: {}", request.request_id,
                  method_name(request.method), request.target, error.what());
  } catch (...) {
    spdlog::error("http: request_id={} {} {}: handler failed with a non-standard exception",
                  request.request_id, method_name(request.method), request.target);
  }
  return error_response(request, 500, "internal");
}

void HttpServer::Impl::respond(Exchange& exchange, Response response,
                               std::string_view borrowed_body, bool close) {
  const int status = response.status >= 100 && response.status <= 599 ? response.status : 500;
  const bool head = exchange.request.method == Method::head;
  const bool bodiless = head || status == 304 || status == 204 || status < 200;
  try {
    auto builder =
        exchange.handle->create_response<restinio::user_controlled_output_t>(status_line(status));
    const auto copied = copy_headers(builder, response);
    builder.append_header("X-Request-Id", exchange.request.request_id);
    builder.append_header(restinio::http_field_t::date, date_value());
    if (close || copied.close || draining_) builder.connection_close();

    const bool borrowed = !borrowed_body.empty();
    const std::size_t length = borrowed ? borrowed_body.size() : response.body_text().size();
    builder.set_content_length(
        bodiless ? announced_length(head, status, copied.declared_length, length) : length);
    if (bodiless) {
      // nothing follows the head
    } else if (borrowed) {
      builder.set_body(restinio::const_buffer(borrowed_body.data(), borrowed_body.size()));
    } else if (response.shared_body) {
      builder.set_body(std::move(response.shared_body));
    } else {
      builder.set_body(std::move(response.body));
    }
    log_access(exchange, status, bodiless ? 0 : length);
    builder.done([this](const asio::error_code&) { --in_flight_; });
  } catch (const std::exception& error) {
    spdlog::error("http: request_id={} cannot send response: {}", exchange.request.request_id,
                  error.what());
    --in_flight_;
  }
}

void HttpServer::Impl::log_access(const Exchange& exchange, int status, std::size_t bytes) const {
  const auto elapsed = std::chrono::duration<double, std::milli>(Clock::now() - exchange.started);
  spdlog::info("http request_id={} remote={} method={} target={} status={} bytes={} ms={:.1f}",
               exchange.request.request_id, exchange.request.remote_address, exchange.method,
               exchange.request.target, status, bytes, elapsed.count());
}

// Runs on an I/O thread. New connections stop at once; requests already taken (queued or running
// on the workers) finish and are written; then idle keep-alive connections are closed.
void HttpServer::Impl::begin_drain() {
  if (draining_.exchange(true)) return;
  spdlog::info("http: draining, {} requests in flight", in_flight_.load());
  asio::error_code ignored;
  signals_->cancel(ignored);
  stop_listening();
  drain_deadline_ = Clock::now() + options_.handler_timeout;
  drain_tick();
}

// RESTinio completes accepts on any I/O thread but closes its acceptor on a strand, so closing it
// while the threads run races a completing accept that re-arms it (a crash seen under load).
// Shutting the listening socket down refuses new connections and fails the pending accepts
// without freeing anything; the acceptor itself is closed once a single thread is left.
void HttpServer::Impl::stop_listening() {
  const int socket = listening_socket_.load();
  if (socket >= 0) ::shutdown(socket, SHUT_RDWR);
}

void HttpServer::Impl::drain_tick() {
  auto& guard = asio::use_service<detail::GuardService>(io_);
  if (in_flight_ == 0 && !connections_shut_) {
    connections_shut_ = true;
    guard.shutdown_connections();
  }
  if (connections_shut_ && guard.connections() == 0 && guard.lingering() == 0) {
    io_.stop();
    return;
  }
  if (Clock::now() >= drain_deadline_) {
    spdlog::warn("http: shutdown deadline passed with {} requests in flight; stopping anyway",
                 in_flight_.load());
    forced_ = true;
    io_.stop();
    return;
  }
  drain_timer_->expires_after(kDrainTick);
  drain_timer_->async_wait([this](const asio::error_code& ec) {
    if (!ec) drain_tick();
  });
}

HttpServer::HttpServer(ServerOptions options, Handler handler, QuickHandler quick)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(quick))) {}

HttpServer::~HttpServer() = default;

void HttpServer::run() {
  auto& impl = *impl_;
  impl.start();
  std::vector<std::thread> extra_threads;
  for (std::size_t i = 1; i < impl.options_.io_threads; ++i) {
    extra_threads.emplace_back([&impl] { impl.run_io(); });
  }
  impl.run_io();
  for (auto& thread : extra_threads) thread.join();
  impl.finish();
  spdlog::debug("http: stopped");
  if (impl.open_error_) std::rethrow_exception(impl.open_error_);
}

unsigned short HttpServer::bound_port() const { return impl_->port_; }

void HttpServer::on_listening(std::function<void(unsigned short)> callback) {
  impl_->listening_ = std::move(callback);
}

void HttpServer::stop() {
  impl_->stop_requested_ = true;
  asio::post(impl_->io_, [impl = impl_.get()] { impl->begin_drain(); });
}

}  // namespace motcua::web
