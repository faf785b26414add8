#include "unit/http/raw_http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace motcua::web::test {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

HttpReply parse_head(const std::string& head) {
  HttpReply reply;
  const auto first_line_end = head.find("\r\n");
  const auto status_line = head.substr(0, first_line_end);
  const auto space = status_line.find(' ');
  if (status_line.rfind("HTTP/1.", 0) != 0 || space == std::string::npos) {
    throw std::runtime_error("not an HTTP response: " + status_line);
  }
  reply.status = std::stoi(status_line.substr(space + 1, 3));
  auto pos = first_line_end + 2;
  while (pos < head.size()) {
    const auto end = head.find("\r\n", pos);
    const auto line = head.substr(pos, end - pos);
    pos = end == std::string::npos ? head.size() : end + 2;
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    reply.headers.emplace_back(lower(line.substr(0, colon)), trim(line.substr(colon + 1)));
  }
  return reply;
}

}  // namespace

std::optional<std::string> HttpReply::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == lower(name)) return value;
  }
  return std::nullopt;
}

std::size_t HttpReply::count(std::string_view name) const {
  std::size_t n = 0;
  for (const auto& [key, value] : headers) n += key == lower(name) ? 1 : 0;
  return n;
}

RawHttpClient::RawHttpClient(unsigned short port, std::chrono::milliseconds timeout,
                             const char* source) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) throw std::runtime_error("socket() failed");
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
  ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  if (source != nullptr) {
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &local.sin_addr);
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
      ::close(fd_);
      throw std::runtime_error("bind() failed: " + std::string(std::strerror(errno)));
    }
  }
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd_);
    throw std::runtime_error("connect() failed: " + std::string(std::strerror(errno)));
  }
}

RawHttpClient::~RawHttpClient() {
  if (fd_ >= 0) ::close(fd_);
}

bool RawHttpClient::try_send(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void RawHttpClient::send(std::string_view bytes) {
  if (!try_send(bytes)) throw std::runtime_error("send() failed");
}

bool RawHttpClient::fill() {
  char chunk[16384];
  const auto n = ::recv(fd_, chunk, sizeof chunk, 0);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
    throw std::runtime_error("timed out waiting for the server");
  }
  if (n <= 0) return false;
  buffer_.append(chunk, static_cast<std::size_t>(n));
  return true;
}

std::string RawHttpClient::take_head() {
  std::size_t end;
  while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (!fill()) throw std::runtime_error("connection closed before a response head");
  }
  auto head = buffer_.substr(0, end + 2);
  buffer_.erase(0, end + 4);
  return head;
}

HttpReply RawHttpClient::read_reply(bool no_body, bool keep_interim) {
  for (;;) {
    auto reply = parse_head(take_head());
    if (reply.status < 200 && !keep_interim) continue;
    if (reply.status < 200 || no_body || reply.status == 204 || reply.status == 304) return reply;
    const auto length = reply.header("content-length");
    if (!length) {
      while (fill()) {
      }
      reply.body = std::move(buffer_);
      buffer_.clear();
      return reply;
    }
    const auto size = std::stoull(*length);
    while (buffer_.size() < size) {
      if (!fill()) throw std::runtime_error("connection closed inside a response body");
    }
    reply.body = buffer_.substr(0, size);
    buffer_.erase(0, size);
    return reply;
  }
}

bool RawHttpClient::closed_by_peer() {
  try {
    while (fill()) {
    }
    return true;
  } catch (const std::runtime_error&) {
    return false;
  }
}

bool RawHttpClient::readable_within(std::chrono::milliseconds wait) {
  if (!buffer_.empty()) return true;
  pollfd descriptor{fd_, POLLIN, 0};
  return ::poll(&descriptor, 1, static_cast<int>(wait.count())) > 0;
}

HttpReply http_request(unsigned short port, std::string_view method, std::string_view target,
                       const std::vector<std::pair<std::string, std::string>>& headers,
                       std::string_view body) {
  RawHttpClient client(port);
  std::string request = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\n";
  request += "Host: 127.0.0.1\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  if (!body.empty() || method == "POST" || method == "PUT") {
    request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  }
  request += "\r\n";
  request += body;
  client.send(request);
  return client.read_reply(method == "HEAD");
}

}  // namespace motcua::web::test
