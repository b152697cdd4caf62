// The SMS/MMS filter: iOS asks it about each message from an unknown sender, offline, with a
// memory budget of a few MB. It answers from the verdict's `ios` decision, computed in Rust
// (bindings/src/platform.rs) so that the policy is the same one the Android app follows.
import IdentityLookup
import SmishGuard

/// One classifier for the life of the extension process: the rules are compiled once and
/// shared (the Rust side keeps them behind an Arc), nothing is copied per query.
private let sharedClassifier: Classifier? = try? Classifier()

final class MessageFilterExtension: ILMessageFilterExtension {}

extension MessageFilterExtension: ILMessageFilterQueryHandling, ILMessageFilterCapabilitiesQueryHandling {
    /// Declares the folders (sub-actions) this filter sorts into, iOS 16+.
    func handle(
        _ capabilitiesQueryRequest: ILMessageFilterCapabilitiesQueryRequest,
        context: ILMessageFilterExtensionContext,
        completion: @escaping (ILMessageFilterCapabilitiesQueryResponse) -> Void
    ) {
        let response = ILMessageFilterCapabilitiesQueryResponse()
        response.transactionalSubActions = [
            .transactionalFinance, .transactionalOrders, .transactionalCarrier,
            .transactionalRewards, .transactionalPublicServices, .transactionalOthers,
        ]
        response.promotionalSubActions = [.promotionalOthers]
        completion(response)
    }

    func handle(
        _ queryRequest: ILMessageFilterQueryRequest,
        context: ILMessageFilterExtensionContext,
        completion: @escaping (ILMessageFilterQueryResponse) -> Void
    ) {
        let response = ILMessageFilterQueryResponse()
        response.action = .none
        if let classifier = sharedClassifier, let body = queryRequest.messageBody,
           let verdict = try? classifier.classify(message: Message(body: body, sender: queryRequest.sender)) {
            response.action = Self.action(verdict.ios.action)
            response.subAction = Self.subAction(verdict.ios.subAction)
        }
        completion(response)
    }

    static func action(_ action: IosFilterAction) -> ILMessageFilterAction {
        switch action {
        case .noOpinion: return .none
        case .allow: return .allow
        case .junk: return .junk
        case .promotion: return .promotion
        case .transaction: return .transaction
        }
    }

    static func subAction(_ subAction: IosFilterSubAction?) -> ILMessageFilterSubAction {
        switch subAction {
        case .none: return .none
        case .some(.transactionalOthers): return .transactionalOthers
        case .some(.transactionalFinance): return .transactionalFinance
        case .some(.transactionalOrders): return .transactionalOrders
        case .some(.transactionalCarrier): return .transactionalCarrier
        case .some(.transactionalRewards): return .transactionalRewards
        case .some(.transactionalPublicServices): return .transactionalPublicServices
        case .some(.promotionalOthers): return .promotionalOthers
        }
    }
}
