// The SMS/MMS filter: iOS asks it about each message from an unknown sender, offline, with a
// memory budget of a few MB. It answers from the verdict's `ios` decision, computed in Rust
// (bindings/src/platform.rs) so that the policy is the same one the Android app follows.
// Failures follow the apps' failure policy (bindings/README.md; FailurePolicy in the
// SmishGuard package, tested by its XCTests): no verdict means `.none`, never `.junk`.
import IdentityLookup
import SmishGuard

/// One classifier for the life of the extension process: the rules are compiled once and
/// shared (the Rust side keeps them behind an Arc), nothing is copied per query. A signed
/// rule pack would be read from the app group's container; the demo has no publisher key, so
/// `loadRules` gives the embedded rules. Nil only if even those cannot be built.
private let sharedClassifier: Classifier? = FailurePolicy.loadRules(directory: nil, publicKey: nil).classifier

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
        let decision = FailurePolicy.filterDecision(
            for: queryRequest.messageBody, sender: queryRequest.sender, using: sharedClassifier)
        let response = ILMessageFilterQueryResponse()
        response.action = Self.action(decision.action)
        response.subAction = Self.subAction(decision.subAction)
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
