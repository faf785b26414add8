#include "http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <random>
#include <stdexcept>

namespace motcua::test {
namespace {

constexpr int kTimeoutMs = 60000;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

class Socket {
 public:
  explicit Socket(unsigned short port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    if (fd_ < 0) throw std::runtime_error("socket: " + std::string(std::strerror(errno)));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
      throw std::runtime_error("connect: " + std::string(std::strerror(errno)));
  }
  ~Socket() { ::close(fd_); }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;

  // False when the peer stopped reading (it answered early and closed).
  bool write_all(std::string_view data) {
    while (!data.empty()) {
      const auto sent = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (sent < 0 && errno == EINTR) continue;
      if (sent <= 0) return false;
      data.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
  }

  bool readable(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, timeout_ms) > 0;
  }

  // Appends what arrives; false at end of stream, on error or after the timeout.
  bool read_some(std::string& buffer) {
    if (!readable(kTimeoutMs)) return false;
    char chunk[65536];
    const auto got = ::recv(fd_, chunk, sizeof chunk, 0);
    if (got <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(got));
    return true;
  }

 private:
  int fd_;
};

std::string serialize_head(const HttpRequest& request, std::size_t length) {
  std::string out = request.method + " " + request.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  bool has_length = false;
  for (const auto& [name, value] : request.headers) {
    out += name + ": " + value + "\r\n";
    if (lower(name) == "content-length") has_length = true;
  }
  if (!has_length) out += "Content-Length: " + std::to_string(length) + "\r\n";
  out += "Connection: close\r\n\r\n";
  return out;
}

// Decodes a chunked body; nullopt until the last chunk has arrived.
std::optional<std::string> dechunk(std::string_view data) {
  std::string out;
  while (true) {
    const auto line_end = data.find("\r\n");
    if (line_end == std::string_view::npos) return std::nullopt;
    const auto size = std::stoul(std::string(data.substr(0, line_end)), nullptr, 16);
    data.remove_prefix(line_end + 2);
    if (size == 0) return out;
    if (data.size() < size + 2) return std::nullopt;
    out.append(data.substr(0, size));
    data.remove_prefix(size + 2);
  }
}

// Parses once the whole response is in `raw`; nullopt while more is needed (or at EOF: `complete`).
std::optional<HttpResponse> parse_response(const std::string& raw, bool at_eof) {
  const auto head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos) return std::nullopt;
  HttpResponse response;
  const auto status_end = raw.find("\r\n");
  response.status = std::stoi(raw.substr(raw.find(' ') + 1, 3));
  for (auto pos = status_end + 2; pos < head_end;) {
    const auto end = raw.find("\r\n", pos);
    const auto line = raw.substr(pos, end - pos);
    const auto colon = line.find(':');
    auto value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    response.headers.emplace_back(lower(line.substr(0, colon)), value);
    pos = end + 2;
  }
  const std::string_view rest = std::string_view(raw).substr(head_end + 4);
  if (auto length = response.header("content-length")) {
    const auto size = std::stoul(*length);
    if (rest.size() < size) return std::nullopt;
    response.body = rest.substr(0, size);
  } else if (lower(response.header("transfer-encoding").value_or("")) == "chunked") {
    auto body = dechunk(rest);
    if (!body) return std::nullopt;
    response.body = *body;
  } else {
    if (!at_eof) return std::nullopt;
    response.body = rest;
  }
  return response;
}

HttpResponse read_response(Socket& socket) {
  std::string raw;
  while (true) {
    const bool more = socket.read_some(raw);
    if (auto response = parse_response(raw, !more)) return *response;
    if (!more) throw std::runtime_error("connection closed before a complete response: " + raw);
  }
}

}  // namespace

std::optional<std::string> HttpResponse::header(const std::string& name) const {
  const auto wanted = lower(name);
  for (const auto& [key, value] : headers) {
    if (key == wanted) return value;
  }
  return std::nullopt;
}

nlohmann::json HttpResponse::json() const { return nlohmann::json::parse(body, nullptr, false); }

HttpResponse HttpClient::send(const HttpRequest& request) const {
  return send_raw(serialize_head(request, request.body.size()) + request.body);
}

HttpResponse HttpClient::send_raw(const std::string& bytes) const {
  Socket socket(port_);
  socket.write_all(bytes);
  return read_response(socket);
}

HttpResponse HttpClient::send_oversized(const HttpRequest& request,
                                        std::size_t declared_length) const {
  Socket socket(port_);
  socket.write_all(serialize_head(request, declared_length));
  const std::string chunk(64 * 1024, 'x');
  for (std::size_t sent = 0; sent < declared_length && !socket.readable(0); sent += chunk.size()) {
    if (!socket.write_all(
            std::string_view(chunk).substr(0, std::min(chunk.size(), declared_length - sent))))
      break;
  }
  return read_response(socket);
}

MultipartBody multipart(const std::vector<MultipartField>& fields) {
  std::mt19937_64 random(std::random_device{}());
  const std::string boundary = "----motcua-test-" + std::to_string(random());
  MultipartBody out;
  out.content_type = "multipart/form-data; boundary=" + boundary;
  for (const auto& field : fields) {
    out.body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.name + "\"";
    if (!field.filename.empty()) {
      out.body += "; filename=\"" + field.filename + "\"\r\nContent-Type: " + field.content_type;
    }
    out.body += "\r\n\r\n" + field.value + "\r\n";
  }
  out.body += "--" + boundary + "--\r\n";
  return out;
}

std::string url_encode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace motcua::test
