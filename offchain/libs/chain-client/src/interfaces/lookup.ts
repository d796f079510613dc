// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup23: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup24: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup25: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup26: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup29: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'SibylRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'SibylRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup32: sibyl_runtime::OriginCaller
   **/
  SibylRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      Council: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup33: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup34: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup35: pallet_sibyl_authorities::pallet::Call<T>
   **/
  PalletSibylAuthoritiesCall: {
    _enum: {
      add_authority: {
        who: 'AccountId32',
      },
      remove_authority: {
        who: 'AccountId32',
      },
      set_session_period: {
        period: 'u32'
      }
    }
  },
  /**
   * Lookup36: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'SibylRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup37: sibyl_runtime::SessionKeys
   **/
  SibylRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup38: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup39: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup40: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup41: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup42: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup43: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup44: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup45: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup48: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup49: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup51: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup52: pallet_sibyl_models::pallet::Call<T>
   **/
  PalletSibylModelsCall: {
    _enum: {
      register: {
        spec: 'PalletSibylModelsModelSpec',
      },
      update: {
        model: 'u32',
        update: 'PalletSibylModelsModelUpdate',
      },
      retire: {
        model: 'u32',
      },
      force_retire: {
        model: 'u32',
      },
      set_parameters: {
        parameters: 'PalletSibylModelsModelParameters'
      }
    }
  },
  /**
   * Lookup53: pallet_sibyl_models::types::ModelSpec<Balance>
   **/
  PalletSibylModelsModelSpec: {
    name: 'Bytes',
    sha256: '[u8;32]',
    sizeBytes: 'u64',
    quantization: 'Bytes',
    contextLength: 'u32',
    chatTemplate: 'Bytes',
    license: 'Bytes',
    uris: 'Vec<Bytes>',
    royalty: 'Perbill',
    priceFloor: 'u128',
    computeWeights: 'PalletSibylModelsComputeWeights'
  },
  /**
   * Lookup55: pallet_sibyl_models::types::ComputeWeights
   **/
  PalletSibylModelsComputeWeights: {
    promptToken: 'u32',
    completionToken: 'u32'
  },
  /**
   * Lookup56: pallet_sibyl_models::types::ModelUpdate<Balance>
   **/
  PalletSibylModelsModelUpdate: {
    name: 'Option<Bytes>',
    chatTemplate: 'Option<Bytes>',
    license: 'Option<Bytes>',
    uris: 'Option<Vec<Bytes>>',
    royalty: 'Option<Perbill>',
    priceFloor: 'Option<u128>'
  },
  /**
   * Lookup61: pallet_sibyl_models::types::ModelParameters<Balance>
   **/
  PalletSibylModelsModelParameters: {
    depositBase: 'u128',
    depositPerByte: 'u128',
    maxRoyalty: 'Perbill'
  },
  /**
   * Lookup62: pallet_sibyl_stakes::pallet::Call<T>
   **/
  PalletSibylStakesCall: {
    _enum: {
      register_supplier: {
        stake: 'u128',
        models: 'Vec<u32>',
        natsSubject: 'Bytes',
        capacityTps: 'u32',
        device: 'PalletSibylStakesDeviceClass',
      },
      update_supplier: {
        models: 'Vec<u32>',
        natsSubject: 'Bytes',
        capacityTps: 'u32',
        device: 'PalletSibylStakesDeviceClass',
      },
      register_validator: {
        stake: 'u128',
      },
      register_gateway: {
        stake: 'u128',
        url: 'Bytes',
      },
      update_gateway: {
        url: 'Bytes',
      },
      register_application: {
        deposit: 'u128',
        gateways: 'Vec<AccountId32>',
        spendLimit: 'u128',
      },
      delegate: {
        gateway: 'AccountId32',
      },
      undelegate: {
        gateway: 'AccountId32',
      },
      set_spend_limit: {
        limit: 'u128',
      },
      bond_extra: {
        role: 'SibylPrimitivesRole',
        amount: 'u128',
      },
      unbond: {
        role: 'SibylPrimitivesRole',
        amount: 'u128',
      },
      withdraw_unbonded: {
        role: 'SibylPrimitivesRole',
      },
      set_parameters: {
        parameters: 'PalletSibylStakesStakeParameters'
      }
    }
  },
  /**
   * Lookup64: pallet_sibyl_stakes::types::DeviceClass
   **/
  PalletSibylStakesDeviceClass: {
    _enum: {
      Single: 'Null',
      Cluster: {
        devices: 'u16'
      }
    }
  },
  /**
   * Lookup65: sibyl_primitives::Role
   **/
  SibylPrimitivesRole: {
    _enum: ['Supplier', 'Validator', 'Gateway', 'Application']
  },
  /**
   * Lookup66: pallet_sibyl_stakes::types::StakeParameters<Balance, BlockNumber>
   **/
  PalletSibylStakesStakeParameters: {
    minSupplierStake: 'u128',
    minValidatorStake: 'u128',
    minGatewayStake: 'u128',
    minApplicationDeposit: 'u128',
    unbondingPeriod: 'u32'
  },
  /**
   * Lookup67: pallet_sibyl_tiqe::pallet::Call<T>
   **/
  PalletSibylTiqeCall: {
    _enum: {
      commit_relays: {
        supplier: 'AccountId32',
        model: 'u32',
        session: 'u64',
        relays: 'Vec<H256>',
      },
      commit_score: {
        round: 'u64',
        commitment: 'H256',
      },
      reveal_score: {
        round: 'u64',
        alpha: 'Permill',
        withheld: 'bool',
        salt: '[u8;32]',
      },
      set_parameters: {
        parameters: 'PalletSibylTiqeTiqeParameters',
      },
      set_calibration: {
        model: 'u32',
        calibration: 'Option<PalletSibylTiqeCalibration>'
      }
    }
  },
  /**
   * Lookup71: pallet_sibyl_tiqe::types::TiqeParameters<BlockNumber>
   **/
  PalletSibylTiqeTiqeParameters: {
    committeeSize: 'u32',
    relaysPerRound: 'u32',
    commitWindow: 'u32',
    revealWindow: 'u32',
    deviationThreshold: 'Permill',
    deviationSlash: 'Perbill',
    missingRevealSlash: 'Perbill',
    withheldSlash: 'Perbill',
    alphaThreshold: 'Permill',
    lowQualitySlash: 'Perbill',
    reputationWeight: 'Permill',
    quorum: 'Perbill',
    maxOpenRounds: 'u32'
  },
  /**
   * Lookup73: pallet_sibyl_tiqe::types::Calibration
   **/
  PalletSibylTiqeCalibration: {
    greedyToleranceMilli: 'u32',
    greedyMaxViolations: 'u32',
    replayTolerance: 'Permill',
    replayAllowedMisses: 'u32',
    replayAllowedShare: 'Permill',
    unseededMarginMilli: 'u32',
    unseededAllowedShare: 'Permill',
    relevanceLow: 'Permill',
    relevanceHigh: 'Permill',
    judgeWeight: 'Permill',
    alphaThreshold: 'Permill'
  },
  /**
   * Lookup74: pallet_sibyl_sessions::pallet::Call<T>
   **/
  PalletSibylSessionsCall: {
    _enum: {
      set_parameters: {
        parameters: 'PalletSibylSessionsSessionParameters'
      }
    }
  },
  /**
   * Lookup75: pallet_sibyl_sessions::SessionParameters<BlockNumber>
   **/
  PalletSibylSessionsSessionParameters: {
    sessionLength: 'u32',
    suppliersPerSession: 'u32',
    unratedReputation: 'Permill',
    retainedSessions: 'u32'
  },
  /**
   * Lookup76: pallet_sibyl_pricing::pallet::Call<T>
   **/
  PalletSibylPricingCall: {
    _enum: {
      set_parameters: {
        parameters: 'PalletSibylPricingPricingParameters'
      }
    }
  },
  /**
   * Lookup77: pallet_sibyl_pricing::PricingParameters
   **/
  PalletSibylPricingPricingParameters: {
    delta: 'Permill',
    targetUtilization: 'Permill',
    capMultiple: 'u32'
  },
  /**
   * Lookup78: pallet_sibyl_relay_mining::pallet::Call<T>
   **/
  PalletSibylRelayMiningCall: {
    _enum: {
      submit_claim: {
        session: 'Compact<u64>',
        app: 'AccountId32',
        model: 'Compact<u32>',
        root: 'PalletSibylRelayMiningSumTreeNodeSummary',
      },
      submit_proof: {
        session: 'Compact<u64>',
        app: 'AccountId32',
        model: 'Compact<u32>',
        proofs: 'Vec<PalletSibylRelayMiningPathProof>',
      },
      set_parameters: {
        parameters: 'PalletSibylRelayMiningMiningParameters'
      }
    }
  },
  /**
   * Lookup79: pallet_sibyl_relay_mining::sum_tree::NodeSummary
   **/
  PalletSibylRelayMiningSumTreeNodeSummary: {
    _alias: {
      hash_: 'hash'
    },
    hash_: '[u8;32]',
    sum: 'u64',
    count: 'u64'
  },
  /**
   * Lookup81: pallet_sibyl_relay_mining::types::PathProof
   **/
  PalletSibylRelayMiningPathProof: {
    relay: 'SibylPrimitivesRelayCompactRelay',
    siblings: 'Vec<Option<PalletSibylRelayMiningSumTreeSibling>>'
  },
  /**
   * Lookup82: sibyl_primitives::relay::CompactRelay
   **/
  SibylPrimitivesRelayCompactRelay: {
    gateway: 'AccountId32',
    requestHash: '[u8;32]',
    signedPromptTokens: 'Compact<u32>',
    sampling: 'SibylPrimitivesRelaySamplingParams',
    nonce: 'Compact<u64>',
    envelopeSignature: '[u8;64]',
    responseHash: '[u8;32]',
    promptTokens: 'Compact<u32>',
    completionTokens: 'Compact<u32>',
    responseSignature: '[u8;64]'
  },
  /**
   * Lookup83: sibyl_primitives::relay::SamplingParams
   **/
  SibylPrimitivesRelaySamplingParams: {
    maxTokens: 'u32',
    temperatureMilli: 'u32',
    topPMilli: 'u32',
    seed: 'Option<u64>'
  },
  /**
   * Lookup87: pallet_sibyl_relay_mining::sum_tree::Sibling
   **/
  PalletSibylRelayMiningSumTreeSibling: {
    _alias: {
      hash_: 'hash'
    },
    hash_: '[u8;32]',
    sum: 'Compact<u64>',
    count: 'Compact<u64>'
  },
  /**
   * Lookup88: pallet_sibyl_relay_mining::types::MiningParameters<BlockNumber>
   **/
  PalletSibylRelayMiningMiningParameters: {
    claimDelay: 'u32',
    claimWindow: 'u32',
    proofWindow: 'u32',
    basePaths: 'u32',
    maxPaths: 'u32',
    missingProofSlash: 'Perbill',
    targetRelays: 'u64',
    difficultySmoothing: 'Permill'
  },
  /**
   * Lookup89: pallet_sibyl_settlement::pallet::Call<T>
   **/
  PalletSibylSettlementCall: {
    _enum: {
      set_parameters: {
        parameters: 'PalletSibylSettlementSettlementParameters'
      }
    }
  },
  /**
   * Lookup90: pallet_sibyl_settlement::types::SettlementParameters
   **/
  PalletSibylSettlementSettlementParameters: {
    supplierShare: 'Perbill',
    validatorShare: 'Perbill',
    gatewayShare: 'Perbill',
    unratedAlpha: 'Permill'
  },
  /**
   * Lookup91: pallet_sibyl_jobs::pallet::Call<T>
   **/
  PalletSibylJobsCall: {
    _enum: {
      submit: {
        model: 'u32',
        input: 'Bytes',
        promptTokens: 'u32',
        sampling: 'SibylPrimitivesRelaySamplingParams',
        maxPrice: 'u128',
      },
      submit_result: {
        job: 'u64',
        output: 'Bytes',
        promptTokens: 'u32',
        completionTokens: 'u32',
      },
      set_parameters: {
        parameters: 'PalletSibylJobsJobParameters',
      },
      refuse: {
        job: 'u64',
        reason: 'PalletSibylJobsRefusal'
      }
    }
  },
  /**
   * Lookup92: pallet_sibyl_jobs::types::JobParameters<BlockNumber, Balance>
   **/
  PalletSibylJobsJobParameters: {
    jobTimeout: 'u32',
    expirySlash: 'Perbill',
    minPrice: 'u128',
    deposit: 'u128',
    retention: 'u32'
  },
  /**
   * Lookup93: pallet_sibyl_jobs::types::Refusal
   **/
  PalletSibylJobsRefusal: {
    _enum: {
      PromptAboveDeclared: {
        promptTokens: 'u32',
      },
      Unrenderable: 'Null'
    }
  },
  /**
   * Lookup94: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup96: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup97: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup98: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup99: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup102: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup103: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup104: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup106: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup107: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup109: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup110: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup112: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup115: frame_system::EventRecord<sibyl_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup117: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup118: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup119: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup120: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup121: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup122: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup123: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup124: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup125: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup126: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup127: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'SibylRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'SibylRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'SibylRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'SibylRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'SibylRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup128: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup129: sibyl_runtime::RuntimeHoldReason
   **/
  SibylRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Models: 'PalletSibylModelsHoldReason',
      Stakes: 'PalletSibylStakesHoldReason',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      Jobs: 'PalletSibylJobsHoldReason'
    }
  },
  /**
   * Lookup130: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup131: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup132: pallet_sibyl_models::pallet::HoldReason
   **/
  PalletSibylModelsHoldReason: {
    _enum: ['ModelDeposit']
  },
  /**
   * Lookup133: pallet_sibyl_stakes::pallet::HoldReason
   **/
  PalletSibylStakesHoldReason: {
    _enum: ['SupplierStake', 'ValidatorStake', 'GatewayStake', 'ApplicationDeposit']
  },
  /**
   * Lookup134: pallet_sibyl_jobs::pallet::HoldReason
   **/
  PalletSibylJobsHoldReason: {
    _enum: ['JobDeposit']
  },
  /**
   * Lookup135: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup136: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup137: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup139: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup140: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup141: pallet_sibyl_authorities::pallet::Event<T>
   **/
  PalletSibylAuthoritiesEvent: {
    _enum: {
      AuthorityAdded: {
        who: 'AccountId32',
      },
      AuthorityRemoved: {
        who: 'AccountId32',
      },
      SetQueued: {
        session: 'u32',
        authorities: 'u32',
      },
      SetBelowFloor: {
        session: 'u32',
        withKeys: 'u32',
      },
      SessionPeriodSet: {
        period: 'u32'
      }
    }
  },
  /**
   * Lookup142: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup143: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup146: pallet_sibyl_models::pallet::Event<T>
   **/
  PalletSibylModelsEvent: {
    _enum: {
      ModelRegistered: {
        model: 'u32',
        owner: 'AccountId32',
        sha256: '[u8;32]',
        deposit: 'u128',
      },
      ModelUpdated: {
        model: 'u32',
        deposit: 'u128',
      },
      ModelRetired: {
        model: 'u32',
        byGovernance: 'bool',
        pruneAt: 'u32',
      },
      ModelPruned: {
        model: 'u32',
      },
      ParametersSet: {
        parameters: 'PalletSibylModelsModelParameters'
      }
    }
  },
  /**
   * Lookup147: pallet_sibyl_stakes::pallet::Event<T>
   **/
  PalletSibylStakesEvent: {
    _enum: {
      Registered: {
        who: 'AccountId32',
        role: 'SibylPrimitivesRole',
        stake: 'u128',
      },
      SupplierUpdated: {
        who: 'AccountId32',
      },
      GatewayUpdated: {
        who: 'AccountId32',
      },
      Delegated: {
        app: 'AccountId32',
        gateway: 'AccountId32',
        from: 'u64',
      },
      Undelegated: {
        app: 'AccountId32',
        gateway: 'AccountId32',
      },
      SpendLimitSet: {
        app: 'AccountId32',
        limit: 'u128',
        from: 'u64',
      },
      Bonded: {
        who: 'AccountId32',
        role: 'SibylPrimitivesRole',
        amount: 'u128',
      },
      Unbonding: {
        who: 'AccountId32',
        role: 'SibylPrimitivesRole',
        amount: 'u128',
        unlockAt: 'u32',
      },
      Withdrawn: {
        who: 'AccountId32',
        role: 'SibylPrimitivesRole',
        amount: 'u128',
      },
      Deregistered: {
        who: 'AccountId32',
        role: 'SibylPrimitivesRole',
      },
      Slashed: {
        who: 'AccountId32',
        role: 'SibylPrimitivesRole',
        amount: 'u128',
        reason: 'SibylPrimitivesSlashReason',
      },
      ParametersSet: {
        parameters: 'PalletSibylStakesStakeParameters'
      }
    }
  },
  /**
   * Lookup148: sibyl_primitives::SlashReason
   **/
  SibylPrimitivesSlashReason: {
    _enum: ['MissingProof', 'InvalidProof', 'MissingRelayReveal', 'LowQuality', 'ScoreDeviation', 'MissingScoreReveal', 'JobExpired', 'Governance']
  },
  /**
   * Lookup149: pallet_sibyl_tiqe::pallet::Event<T>
   **/
  PalletSibylTiqeEvent: {
    _enum: {
      RelaysCommitted: {
        round: 'u64',
        supplier: 'AccountId32',
        model: 'u32',
        session: 'u64',
        relays: 'u32',
      },
      RoundOpened: {
        round: 'u64',
        supplier: 'AccountId32',
        model: 'u32',
        session: 'u64',
        relays: 'Vec<H256>',
        committee: 'Vec<AccountId32>',
        commitEnd: 'u32',
        revealEnd: 'u32',
      },
      BatchDropped: {
        round: 'u64',
        supplier: 'AccountId32',
        model: 'u32',
        session: 'u64',
      },
      ScoreCommitted: {
        round: 'u64',
        who: 'AccountId32',
        commitment: 'H256',
      },
      ScoreRevealed: {
        round: 'u64',
        who: 'AccountId32',
        alpha: 'Permill',
        withheld: 'bool',
      },
      CommitsComplete: {
        round: 'u64',
        revealFrom: 'u32',
      },
      RevealsComplete: {
        round: 'u64',
        finalizeAt: 'u32',
      },
      RoundFinalized: {
        round: 'u64',
        supplier: 'AccountId32',
        alpha: 'Permill',
        median: 'Permill',
        reputation: 'Permill',
        revealed: 'u32',
        withheld: 'bool',
      },
      RoundVoid: {
        round: 'u64',
        supplier: 'AccountId32',
        reason: 'SibylPrimitivesUnevaluated',
        revealed: 'u32',
      },
      ValidatorSlashed: {
        round: 'u64',
        who: 'AccountId32',
        reason: 'SibylPrimitivesSlashReason',
        amount: 'u128',
      },
      SupplierSlashed: {
        round: 'u64',
        supplier: 'AccountId32',
        reason: 'SibylPrimitivesSlashReason',
        amount: 'u128',
      },
      LowQuality: {
        round: 'u64',
        supplier: 'AccountId32',
        alpha: 'Permill',
        threshold: 'Permill',
      },
      ParametersSet: {
        parameters: 'PalletSibylTiqeTiqeParameters',
      },
      CalibrationSet: {
        model: 'u32',
        calibration: 'Option<PalletSibylTiqeCalibration>'
      }
    }
  },
  /**
   * Lookup150: sibyl_primitives::Unevaluated
   **/
  SibylPrimitivesUnevaluated: {
    _enum: ['NoValidators', 'NoQuorum', 'QueueFull']
  },
  /**
   * Lookup151: pallet_sibyl_sessions::pallet::Event<T>
   **/
  PalletSibylSessionsEvent: {
    _enum: {
      SessionStarted: {
        session: 'u64',
        start: 'u32',
        length: 'u32',
        candidates: 'u32',
      },
      CandidatesTruncated: {
        session: 'u64',
        model: 'u32',
        dropped: 'u32',
      },
      ParametersSet: {
        parameters: 'PalletSibylSessionsSessionParameters'
      }
    }
  },
  /**
   * Lookup152: pallet_sibyl_pricing::pallet::Event<T>
   **/
  PalletSibylPricingEvent: {
    _enum: {
      PriceUpdated: {
        session: 'u64',
        model: 'u32',
        price: 'u128',
        computeUnits: 'u128',
        capacityCu: 'u128',
        utilization: 'Permill',
      },
      ParametersSet: {
        parameters: 'PalletSibylPricingPricingParameters'
      }
    }
  },
  /**
   * Lookup153: pallet_sibyl_relay_mining::pallet::Event<T>
   **/
  PalletSibylRelayMiningEvent: {
    _enum: {
      Claimed: {
        session: 'u64',
        supplier: 'AccountId32',
        app: 'AccountId32',
        model: 'u32',
        root: 'PalletSibylRelayMiningSumTreeNodeSummary',
        paths: 'u32',
      },
      ProofSeedDrawn: {
        session: 'u64',
        seed: '[u8;32]',
      },
      ClaimProven: {
        session: 'u64',
        supplier: 'AccountId32',
        app: 'AccountId32',
        model: 'u32',
        estimatedCu: 'u128',
      },
      ClaimVoid: {
        session: 'u64',
        supplier: 'AccountId32',
        app: 'AccountId32',
        model: 'u32',
        slashed: 'u128',
      },
      DifficultyUpdated: {
        session: 'u64',
        model: 'u32',
        estimatedRelays: 'u128',
        probability: 'u128',
      },
      ParametersSet: {
        parameters: 'PalletSibylRelayMiningMiningParameters'
      }
    }
  },
  /**
   * Lookup154: pallet_sibyl_settlement::pallet::Event<T>
   **/
  PalletSibylSettlementEvent: {
    _enum: {
      AwaitingEvaluation: {
        round: 'u64',
        session: 'u64',
        supplier: 'AccountId32',
        app: 'AccountId32',
        model: 'u32',
      },
      EvaluationDeferred: {
        session: 'u64',
        supplier: 'AccountId32',
        app: 'AccountId32',
        model: 'u32',
        waiting: 'u32',
      },
      Settled: {
        session: 'u64',
        supplier: 'AccountId32',
        app: 'AccountId32',
        model: 'u32',
        estimatedCu: 'u128',
        price: 'u128',
        alpha: 'Permill',
        round: 'Option<u64>',
        unevaluated: 'Option<SibylPrimitivesUnevaluated>',
        gross: 'u128',
        charged: 'u128',
        payout: 'PalletSibylSettlementPayout',
      },
      ParametersSet: {
        parameters: 'PalletSibylSettlementSettlementParameters'
      }
    }
  },
  /**
   * Lookup156: pallet_sibyl_settlement::types::Payout<Balance>
   **/
  PalletSibylSettlementPayout: {
    supplier: 'u128',
    royalty: 'u128',
    validators: 'u128',
    gateways: 'u128',
    treasury: 'u128',
    refunded: 'u128'
  },
  /**
   * Lookup157: pallet_sibyl_jobs::pallet::Event<T>
   **/
  PalletSibylJobsEvent: {
    _enum: {
      JobSubmitted: {
        job: 'u64',
        app: 'AccountId32',
        model: 'u32',
        maxPrice: 'u128',
      },
      JobAssigned: {
        job: 'u64',
        supplier: 'AccountId32',
        deadline: 'u32',
      },
      JobCompleted: {
        job: 'u64',
        supplier: 'AccountId32',
        outputHash: '[u8;32]',
        digest: '[u8;32]',
        computeUnits: 'u64',
      },
      JobRefused: {
        job: 'u64',
        supplier: 'AccountId32',
        reason: 'PalletSibylJobsRefusal',
      },
      JobFailed: {
        job: 'u64',
        reason: 'PalletSibylJobsJobFailure',
      },
      JobExpired: {
        job: 'u64',
        supplier: 'AccountId32',
        slashed: 'u128',
      },
      JobSettled: {
        job: 'u64',
        charged: 'u128',
      },
      JobPruned: {
        job: 'u64',
      },
      ParametersSet: {
        parameters: 'PalletSibylJobsJobParameters'
      }
    }
  },
  /**
   * Lookup158: pallet_sibyl_jobs::types::JobFailure
   **/
  PalletSibylJobsJobFailure: {
    _enum: ['NoSupplier', 'SuppliersBusy', 'Timeout']
  },
  /**
   * Lookup159: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup162: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup165: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup166: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup167: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup168: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup170: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup171: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup173: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup174: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup179: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup184: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup185: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup188: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup191: frame_support::traits::tokens::misc::IdAmount<sibyl_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'SibylRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup194: frame_support::traits::tokens::misc::IdAmount<sibyl_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'SibylRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup195: sibyl_runtime::RuntimeFreezeReason
   **/
  SibylRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup197: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup199: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup200: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup201: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup202: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup205: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup206: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup208: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup210: pallet_sibyl_authorities::pallet::Error<T>
   **/
  PalletSibylAuthoritiesError: {
    _enum: ['AlreadyAuthority', 'NotAuthority', 'NoSessionKeys', 'TooManyAuthorities', 'TooFewAuthorities', 'SessionPeriodTooShort']
  },
  /**
   * Lookup217: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup218: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup219: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup220: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup222: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup223: pallet_sibyl_models::types::ModelInfo<T>
   **/
  PalletSibylModelsModelInfo: {
    owner: 'AccountId32',
    name: 'Bytes',
    sha256: '[u8;32]',
    sizeBytes: 'u64',
    quantization: 'Bytes',
    contextLength: 'u32',
    chatTemplate: 'Bytes',
    license: 'Bytes',
    uris: 'Vec<Bytes>',
    royalty: 'Perbill',
    priceFloor: 'u128',
    computeWeights: 'PalletSibylModelsComputeWeights',
    deposit: 'u128',
    status: 'PalletSibylModelsModelStatus',
    registeredAt: 'u32'
  },
  /**
   * Lookup231: pallet_sibyl_models::types::ModelStatus
   **/
  PalletSibylModelsModelStatus: {
    _enum: ['Active', 'Retired']
  },
  /**
   * Lookup233: pallet_sibyl_models::pallet::Error<T>
   **/
  PalletSibylModelsError: {
    _enum: ['InvalidName', 'NameTooLong', 'InvalidSha256', 'ZeroSize', 'InvalidQuantization', 'QuantizationTooLong', 'InvalidContextLength', 'ChatTemplateTooLong', 'InvalidLicense', 'LicenseTooLong', 'NoUris', 'TooManyUris', 'UriTooLong', 'UnsupportedUri', 'RoyaltyTooHigh', 'ZeroComputeWeight', 'DuplicateModel', 'UnknownModel', 'NotOwner', 'ModelRetired', 'EmptyUpdate', 'InsufficientBalance', 'IdsExhausted', 'TooManyModels', 'Overflow']
  },
  /**
   * Lookup235: pallet_sibyl_stakes::types::Bond<T>
   **/
  PalletSibylStakesBond: {
    active: 'u128',
    unlocking: 'Vec<PalletSibylStakesUnlockChunk>'
  },
  /**
   * Lookup237: pallet_sibyl_stakes::types::UnlockChunk<Balance, BlockNumber>
   **/
  PalletSibylStakesUnlockChunk: {
    value: 'u128',
    unlockAt: 'u32'
  },
  /**
   * Lookup239: pallet_sibyl_stakes::types::SupplierConfig<T>
   **/
  PalletSibylStakesSupplierConfig: {
    models: 'Vec<u32>',
    natsSubject: 'Bytes',
    capacityTps: 'u32',
    device: 'PalletSibylStakesDeviceClass'
  },
  /**
   * Lookup242: pallet_sibyl_stakes::types::GatewayConfig<T>
   **/
  PalletSibylStakesGatewayConfig: {
    url: 'Bytes'
  },
  /**
   * Lookup244: pallet_sibyl_stakes::types::ApplicationConfig<T>
   **/
  PalletSibylStakesApplicationConfig: {
    delegations: 'Vec<PalletSibylStakesDelegation>',
    spendLimit: 'u128',
    nextLimit: 'Option<(u64,u128)>'
  },
  /**
   * Lookup246: pallet_sibyl_stakes::types::Delegation<sp_core::crypto::AccountId32>
   **/
  PalletSibylStakesDelegation: {
    gateway: 'AccountId32',
    from: 'u64',
    until: 'Option<u64>'
  },
  /**
   * Lookup250: pallet_sibyl_stakes::pallet::Error<T>
   **/
  PalletSibylStakesError: {
    _enum: ['AlreadyRegistered', 'NotRegistered', 'StakeBelowMinimum', 'InsufficientBalance', 'ZeroAmount', 'InsufficientBond', 'TooManyUnlockingChunks', 'NothingToWithdraw', 'NoModels', 'TooManyModels', 'DuplicateModel', 'UnknownModel', 'InvalidSubject', 'SubjectTooLong', 'ZeroCapacity', 'InvalidDeviceCount', 'InvalidUrl', 'UrlTooLong', 'TooManyDelegations', 'AlreadyDelegated', 'NotDelegated', 'UnknownGateway', 'ZeroSpendLimit', 'SpendLimitAboveDeposit', 'ChargesPending', 'TooManyMembers', 'InvalidParameters', 'Overflow']
  },
  /**
   * Lookup251: pallet_sibyl_tiqe::types::PendingBatch<T>
   **/
  PalletSibylTiqePendingBatch: {
    supplier: 'AccountId32',
    model: 'u32',
    session: 'u64',
    relays: 'Vec<H256>',
    committedAt: 'u32'
  },
  /**
   * Lookup252: pallet_sibyl_tiqe::types::RoundInfo<T>
   **/
  PalletSibylTiqeRoundInfo: {
    supplier: 'AccountId32',
    model: 'u32',
    session: 'u64',
    relays: 'Vec<H256>',
    committee: 'Vec<(AccountId32,u128)>',
    openedAt: 'u32',
    commitEnd: 'u32',
    revealEnd: 'u32'
  },
  /**
   * Lookup257: pallet_sibyl_tiqe::types::Vote
   **/
  PalletSibylTiqeVote: {
    commitment: 'H256',
    revealed: 'Option<PalletSibylTiqeScore>'
  },
  /**
   * Lookup259: pallet_sibyl_tiqe::types::Score
   **/
  PalletSibylTiqeScore: {
    alpha: 'Permill',
    withheld: 'bool'
  },
  /**
   * Lookup260: pallet_sibyl_tiqe::types::RoundProgress
   **/
  PalletSibylTiqeRoundProgress: {
    committed: 'u32',
    revealed: 'u32'
  },
  /**
   * Lookup263: pallet_sibyl_tiqe::types::RoundResult<T>
   **/
  PalletSibylTiqeRoundResult: {
    supplier: 'AccountId32',
    median: 'Option<Permill>',
    alpha: 'Option<Permill>',
    revealed: 'u32',
    withheld: 'bool'
  },
  /**
   * Lookup266: pallet_sibyl_tiqe::types::SessionScore
   **/
  PalletSibylTiqeSessionScore: {
    mean: 'Permill',
    rounds: 'u32'
  },
  /**
   * Lookup267: pallet_sibyl_tiqe::pallet::Error<T>
   **/
  PalletSibylTiqeError: {
    _enum: ['NotSupplier', 'EmptyBatch', 'DuplicateRelay', 'TooManyPending', 'UnknownRound', 'NotInCommittee', 'NotCommitPhase', 'NotRevealPhase', 'AlreadyCommitted', 'NotCommitted', 'AlreadyRevealed', 'CommitmentMismatch', 'InvalidParameters', 'Overflow', 'UnknownModel', 'InvalidCalibration', 'CalibrationLocked']
  },
  /**
   * Lookup268: pallet_sibyl_sessions::SessionInfo<BlockNumber, primitive_types::H256>
   **/
  PalletSibylSessionsSessionInfo: {
    start: 'u32',
    length: 'u32',
    seed: 'H256',
    suppliersPerSession: 'u32'
  },
  /**
   * Lookup271: pallet_sibyl_sessions::Candidate<sp_core::crypto::AccountId32>
   **/
  PalletSibylSessionsCandidate: {
    supplier: 'AccountId32',
    weight: 'u128',
    capacityTps: 'u32'
  },
  /**
   * Lookup273: pallet_sibyl_sessions::pallet::Error<T>
   **/
  PalletSibylSessionsError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup274: pallet_sibyl_pricing::pallet::Error<T>
   **/
  PalletSibylPricingError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup277: pallet_sibyl_relay_mining::types::Claim<BlockNumber>
   **/
  PalletSibylRelayMiningClaim: {
    root: 'PalletSibylRelayMiningSumTreeNodeSummary',
    claimedAt: 'u32',
    proven: 'bool',
    paths: 'u32'
  },
  /**
   * Lookup278: pallet_sibyl_relay_mining::types::Difficulty
   **/
  PalletSibylRelayMiningDifficulty: {
    estimatedRelays: 'u128',
    probability: 'u128'
  },
  /**
   * Lookup279: pallet_sibyl_relay_mining::pallet::Error<T>
   **/
  PalletSibylRelayMiningError: {
    _enum: ['OutsideClaimWindow', 'OutsideProofWindow', 'NotSessionSupplier', 'AlreadyClaimed', 'TooManyClaims', 'TooManySupplierClaims', 'InvalidRoot', 'NoClaim', 'AlreadyProven', 'WrongPathCount', 'InvalidBranch', 'WrongLeafForPath', 'BadGatewaySignature', 'BadSupplierSignature', 'NotMined', 'NotDelegated', 'UsageMismatch', 'PromptTokensAboveSigned', 'CompletionTokensAboveSigned', 'UsageAboveContext', 'InvalidParameters']
  },
  /**
   * Lookup280: pallet_sibyl_settlement::types::PendingSettlement<sp_core::crypto::AccountId32, MaxGateways>
   **/
  PalletSibylSettlementPendingSettlement: {
    session: 'u64',
    supplier: 'AccountId32',
    app: 'AccountId32',
    model: 'u32',
    estimatedCu: 'u128',
    gateways: 'Vec<AccountId32>',
    maxCharge: 'Option<u128>',
    job: 'Option<u64>'
  },
  /**
   * Lookup282: pallet_sibyl_settlement::types::DeferredClaim<sp_core::crypto::AccountId32, MaxGateways>
   **/
  PalletSibylSettlementDeferredClaim: {
    claim: 'PalletSibylSettlementPendingSettlement',
    relays: 'Vec<[u8;32]>'
  },
  /**
   * Lookup285: pallet_sibyl_settlement::pallet::Error<T>
   **/
  PalletSibylSettlementError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup286: pallet_sibyl_jobs::types::Job<T>
   **/
  PalletSibylJobsJob: {
    app: 'AccountId32',
    model: 'u32',
    session: 'u64',
    input: 'Bytes',
    promptTokens: 'u32',
    sampling: 'SibylPrimitivesRelaySamplingParams',
    maxPrice: 'u128',
    deposit: 'u128',
    submittedAt: 'u32',
    status: 'PalletSibylJobsJobStatus',
    result: 'Option<PalletSibylJobsJobResult>'
  },
  /**
   * Lookup288: pallet_sibyl_jobs::types::JobStatus<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletSibylJobsJobStatus: {
    _enum: {
      Pending: 'Null',
      Assigned: {
        supplier: 'AccountId32',
        deadline: 'u32',
      },
      Completed: {
        supplier: 'AccountId32',
        digest: '[u8;32]',
      },
      Refused: {
        supplier: 'AccountId32',
        reason: 'PalletSibylJobsRefusal',
      },
      Failed: 'PalletSibylJobsJobFailure'
    }
  },
  /**
   * Lookup290: pallet_sibyl_jobs::types::JobResult<MaxOutput>
   **/
  PalletSibylJobsJobResult: {
    output: 'Bytes',
    outputHash: '[u8;32]',
    promptTokens: 'u32',
    completionTokens: 'u32'
  },
  /**
   * Lookup294: pallet_sibyl_jobs::pallet::Error<T>
   **/
  PalletSibylJobsError: {
    _enum: ['NotApplication', 'UnknownModel', 'EmptyInput', 'InputTooLong', 'MalformedInput', 'InvalidMaxTokens', 'InvalidPromptTokens', 'ExceedsContext', 'PriceTooLow', 'TooManyOpenJobs', 'InsufficientBalance', 'QueueFull', 'UnknownJob', 'NotAssigned', 'OutputTooLong', 'OutputNotUtf8', 'PromptTokensAboveDeclared', 'TooManyTokens', 'UsageAboveContext', 'NoComputeUnits', 'Overflow', 'InvalidParameters']
  },
  /**
   * Lookup295: sibyl_runtime::Runtime
   **/
  SibylRuntimeRuntime: 'Null',
  /**
   * Lookup296: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup297: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup301: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup305: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup306: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup307: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup308: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup313: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup314: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup316: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup321: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup325: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup326: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup328: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup332: pallet_sibyl_relay_mining::types::ClaimWindows<BlockNumber>
   **/
  PalletSibylRelayMiningClaimWindows: {
    claimOpen: 'u32',
    claimClose: 'u32',
    proofClose: 'u32'
  },
  /**
   * Lookup336: sibyl_runtime::RuntimeError
   **/
  SibylRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Balances: 'PalletBalancesError',
      __Unused4: 'Null',
      Sudo: 'PalletSudoError',
      Council: 'PalletCollectiveError',
      __Unused7: 'Null',
      Utility: 'PalletUtilityError',
      Authorities: 'PalletSibylAuthoritiesError',
      Session: 'PalletSessionError',
      Grandpa: 'PalletGrandpaError',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Models: 'PalletSibylModelsError',
      Stakes: 'PalletSibylStakesError',
      Tiqe: 'PalletSibylTiqeError',
      Sessions: 'PalletSibylSessionsError',
      Pricing: 'PalletSibylPricingError',
      RelayMining: 'PalletSibylRelayMiningError',
      Settlement: 'PalletSibylSettlementError',
      Jobs: 'PalletSibylJobsError'
    }
  }
};
