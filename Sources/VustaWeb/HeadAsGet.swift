import Hummingbird

/// Answers HEAD wherever GET is answered, with the GET response's status and headers and no
/// body (Hummingbird routes a HEAD only to a route registered for it: every page answered
/// "no such page" to a HEAD).
public struct HeadAsGet<Builder: HTTPResponderBuilder>: HTTPResponderBuilder {
  let builder: Builder

  /// HEAD answered as GET by the responder `builder` builds (the app's `router()`).
  public init(builder: Builder) { self.builder = builder }

  /// The wrapped router's responder, HEAD turned into GET before it.
  public func buildResponder() -> HeadResponder<Builder.Responder> { HeadResponder(inner: builder.buildResponder()) }
}

/// A responder that sends a HEAD to `inner` as a GET and drops the body of its answer.
public struct HeadResponder<Inner: HTTPResponder>: HTTPResponder {
  public typealias Context = Inner.Context
  let inner: Inner

  /// The GET answer to a HEAD, without its body; any other request as `inner` answers it.
  public func respond(to request: Request, context: Context) async throws -> Response {
    guard request.method == .head else { return try await inner.respond(to: request, context: context) }
    var head = request.head
    head.method = .get
    var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
    // (the length the GET would send, not the empty body's 0)
    let length = response.body.contentLength
    response.body = ResponseBody()
    if let length { response.headers[.contentLength] = String(length) }
    return response
  }
}
