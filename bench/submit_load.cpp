// The timed part of bench/submissions.mjs in C++: each client thread files dossiers one after the
// other on its own kept-alive connection (a draft, its papers as distinct ~20 kB PDFs, the
// submission) for SECONDS, with the tokens, draft and components the script prepared.
//   submit_load PORT PREPARED.json SECONDS
// Plain blocking sockets: the client shares the server's cores, so it should take little of them.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Plan {
  unsigned short port = 0;
  std::string draft;
  std::vector<std::string> components;
  Clock::time_point deadline;
};

class Connection {
 public:
  explicit Connection(unsigned short port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
      throw std::runtime_error("cannot connect");
  }
  ~Connection() { ::close(fd_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // One request; returns the body of a 2xx answer, throws on any other.
  std::string call(const std::string& path, const std::string& headers, const std::string& body) {
    const std::string request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers +
                                "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
                                body;
    send_all(request);
    return read_answer(path);
  }

 private:
  void send_all(std::string_view bytes) {
    while (!bytes.empty()) {
      const auto sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (sent <= 0) throw std::runtime_error("send failed");
      bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
  }

  void fill() {
    char chunk[16384];
    const auto got = ::recv(fd_, chunk, sizeof chunk, 0);
    if (got <= 0) throw std::runtime_error("connection closed");
    buffer_.append(chunk, static_cast<std::size_t>(got));
  }

  std::string read_answer(const std::string& path) {
    std::size_t end = 0;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) fill();
    const std::string head = buffer_.substr(0, end);
    const auto length_at = head.find("Content-Length: ");
    const std::size_t length =
        length_at == std::string::npos ? 0 : std::stoul(head.substr(length_at + 16));
    while (buffer_.size() < end + 4 + length) fill();
    std::string body = buffer_.substr(end + 4, length);
    buffer_.erase(0, end + 4 + length);
    const int status = std::stoi(head.substr(9, 3));
    if (status < 200 || status >= 300)
      throw std::runtime_error(path + ": " + std::to_string(status) + " " + body);
    return body;
  }

  int fd_;
  std::string buffer_;
};

std::string pdf_upload(const std::string& component, long long n) {
  static const std::string padding(20000, 'x');
  const std::string boundary = "motcuabenchboundary";
  return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"component_id\"\r\n\r\n" +
         component + "\r\n--" + boundary +
         "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-to.pdf\"\r\n"
         "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n% " +
         std::to_string(::getpid()) + " " + std::to_string(n) + " " + component + "\n" + padding +
         "\n%%EOF\n\r\n--" + boundary + "--\r\n";
}

void file_dossiers(const Plan& plan, const std::string& token, std::atomic<long long>& counter,
                   std::atomic<long long>& done, std::atomic<long long>& failed) {
  const std::string auth = "Authorization: Bearer " + token + "\r\n";
  const std::string json = auth + "Content-Type: application/json\r\n";
  const std::string multipart =
      auth + "Content-Type: multipart/form-data; boundary=motcuabenchboundary\r\n";
  auto connection = std::make_unique<Connection>(plan.port);
  while (Clock::now() < plan.deadline) {
    try {
      const auto n = ++counter;
      const auto draft =
          nlohmann::json::parse(connection->call("/api/v1/dossiers", json, plan.draft));
      const auto base = "/api/v1/dossiers/" + std::to_string(draft.at("id").get<long long>());
      for (const auto& component : plan.components)
        connection->call(base + "/files", multipart, pdf_upload(component, n));
      connection->call(base + "/submit", json, "{}");
      ++done;
    } catch (const std::exception& error) {
      if (++failed == 1) std::cerr << error.what() << "\n";
      connection = std::make_unique<Connection>(plan.port);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: submit_load PORT PREPARED.json SECONDS\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  const auto prepared = nlohmann::json::parse(in);
  Plan plan;
  plan.port = static_cast<unsigned short>(std::stoi(argv[1]));
  plan.draft = prepared.at("draft").get<std::string>();
  plan.components = prepared.at("components").get<std::vector<std::string>>();
  const auto started = Clock::now();
  plan.deadline = started + std::chrono::seconds(std::stoi(argv[3]));
  std::atomic<long long> counter = 0;
  std::atomic<long long> done = 0;
  std::atomic<long long> failed = 0;
  std::vector<std::thread> clients;
  for (const auto& token : prepared.at("tokens"))
    clients.emplace_back(file_dossiers, std::cref(plan), token.get<std::string>(),
                         std::ref(counter), std::ref(done), std::ref(failed));
  for (auto& client : clients) client.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
  std::printf("%lld submissions with %zu files in %.1f s: %.0f/s; %lld failed\n", done.load(),
              plan.components.size(), elapsed, static_cast<double>(done.load()) / elapsed,
              failed.load());
  return failed.load() == 0 ? 0 : 1;
}
