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
      Council: 'PalletCollectiveRawOrigin',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Revive: 'PalletReviveOrigin'
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
   * Lookup35: pallet_revive::pallet::Origin<sibyl_runtime::Runtime>
   **/
  PalletReviveOrigin: {
    _enum: {
      EthTransaction: 'AccountId32'
    }
  },
  /**
   * Lookup36: sibyl_runtime::Runtime
   **/
  SibylRuntimeRuntime: 'Null',
  /**
   * Lookup37: pallet_sibyl_authorities::pallet::Call<T>
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
   * Lookup38: pallet_session::pallet::Call<T>
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
   * Lookup39: sibyl_runtime::SessionKeys
   **/
  SibylRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup40: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup41: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup42: pallet_grandpa::pallet::Call<T>
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
   * Lookup43: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup44: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup45: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup46: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup47: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup50: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup51: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup53: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup54: pallet_sibyl_models::pallet::Call<T>
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
   * Lookup55: pallet_sibyl_models::types::ModelSpec<Balance>
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
   * Lookup57: pallet_sibyl_models::types::ComputeWeights
   **/
  PalletSibylModelsComputeWeights: {
    promptToken: 'u32',
    completionToken: 'u32'
  },
  /**
   * Lookup58: pallet_sibyl_models::types::ModelUpdate<Balance>
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
   * Lookup63: pallet_sibyl_models::types::ModelParameters<Balance>
   **/
  PalletSibylModelsModelParameters: {
    depositBase: 'u128',
    depositPerByte: 'u128',
    maxRoyalty: 'Perbill'
  },
  /**
   * Lookup64: pallet_sibyl_stakes::pallet::Call<T>
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
   * Lookup66: pallet_sibyl_stakes::types::DeviceClass
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
   * Lookup67: sibyl_primitives::Role
   **/
  SibylPrimitivesRole: {
    _enum: ['Supplier', 'Validator', 'Gateway', 'Application']
  },
  /**
   * Lookup68: pallet_sibyl_stakes::types::StakeParameters<Balance, BlockNumber>
   **/
  PalletSibylStakesStakeParameters: {
    minSupplierStake: 'u128',
    minValidatorStake: 'u128',
    minGatewayStake: 'u128',
    minApplicationDeposit: 'u128',
    unbondingPeriod: 'u32'
  },
  /**
   * Lookup69: pallet_sibyl_tiqe::pallet::Call<T>
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
   * Lookup73: pallet_sibyl_tiqe::types::TiqeParameters<BlockNumber>
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
   * Lookup75: pallet_sibyl_tiqe::types::Calibration
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
   * Lookup76: pallet_sibyl_sessions::pallet::Call<T>
   **/
  PalletSibylSessionsCall: {
    _enum: {
      set_parameters: {
        parameters: 'PalletSibylSessionsSessionParameters'
      }
    }
  },
  /**
   * Lookup77: pallet_sibyl_sessions::SessionParameters<BlockNumber>
   **/
  PalletSibylSessionsSessionParameters: {
    sessionLength: 'u32',
    suppliersPerSession: 'u32',
    unratedReputation: 'Permill',
    retainedSessions: 'u32'
  },
  /**
   * Lookup78: pallet_sibyl_pricing::pallet::Call<T>
   **/
  PalletSibylPricingCall: {
    _enum: {
      set_parameters: {
        parameters: 'PalletSibylPricingPricingParameters'
      }
    }
  },
  /**
   * Lookup79: pallet_sibyl_pricing::PricingParameters
   **/
  PalletSibylPricingPricingParameters: {
    delta: 'Permill',
    targetUtilization: 'Permill',
    capMultiple: 'u32'
  },
  /**
   * Lookup80: pallet_sibyl_relay_mining::pallet::Call<T>
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
   * Lookup81: pallet_sibyl_relay_mining::sum_tree::NodeSummary
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
   * Lookup83: pallet_sibyl_relay_mining::types::PathProof
   **/
  PalletSibylRelayMiningPathProof: {
    relay: 'SibylPrimitivesRelayCompactRelay',
    siblings: 'Vec<Option<PalletSibylRelayMiningSumTreeSibling>>'
  },
  /**
   * Lookup84: sibyl_primitives::relay::CompactRelay
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
   * Lookup85: sibyl_primitives::relay::SamplingParams
   **/
  SibylPrimitivesRelaySamplingParams: {
    maxTokens: 'u32',
    temperatureMilli: 'u32',
    topPMilli: 'u32',
    seed: 'Option<u64>'
  },
  /**
   * Lookup89: pallet_sibyl_relay_mining::sum_tree::Sibling
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
   * Lookup90: pallet_sibyl_relay_mining::types::MiningParameters<BlockNumber>
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
   * Lookup91: pallet_sibyl_settlement::pallet::Call<T>
   **/
  PalletSibylSettlementCall: {
    _enum: {
      set_parameters: {
        parameters: 'PalletSibylSettlementSettlementParameters'
      }
    }
  },
  /**
   * Lookup92: pallet_sibyl_settlement::types::SettlementParameters
   **/
  PalletSibylSettlementSettlementParameters: {
    supplierShare: 'Perbill',
    validatorShare: 'Perbill',
    gatewayShare: 'Perbill',
    unratedAlpha: 'Permill'
  },
  /**
   * Lookup93: pallet_sibyl_jobs::pallet::Call<T>
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
   * Lookup94: pallet_sibyl_jobs::types::JobParameters<BlockNumber, Balance>
   **/
  PalletSibylJobsJobParameters: {
    jobTimeout: 'u32',
    expirySlash: 'Perbill',
    minPrice: 'u128',
    deposit: 'u128',
    retention: 'u32'
  },
  /**
   * Lookup95: pallet_sibyl_jobs::types::Refusal
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
   * Lookup96: pallet_revive::pallet::Call<T>
   **/
  PalletReviveCall: {
    _enum: {
      eth_transact: {
        payload: 'Bytes',
      },
      call: {
        dest: 'H160',
        value: 'Compact<u128>',
        weightLimit: 'SpWeightsWeightV2Weight',
        storageDepositLimit: 'Compact<u128>',
        data: 'Bytes',
      },
      instantiate: {
        value: 'Compact<u128>',
        weightLimit: 'SpWeightsWeightV2Weight',
        storageDepositLimit: 'Compact<u128>',
        codeHash: 'H256',
        data: 'Bytes',
        salt: 'Option<[u8;32]>',
      },
      instantiate_with_code: {
        value: 'Compact<u128>',
        weightLimit: 'SpWeightsWeightV2Weight',
        storageDepositLimit: 'Compact<u128>',
        code: 'Bytes',
        data: 'Bytes',
        salt: 'Option<[u8;32]>',
      },
      upload_code: {
        code: 'Bytes',
        storageDepositLimit: 'Compact<u128>',
      },
      remove_code: {
        codeHash: 'H256',
      },
      set_code: {
        dest: 'H160',
        codeHash: 'H256',
      },
      map_account: 'Null',
      unmap_account: 'Null',
      dispatch_as_fallback_account: {
        call: 'Call',
      },
      eth_instantiate_with_code: {
        value: 'U256',
        weightLimit: 'SpWeightsWeightV2Weight',
        ethGasLimit: 'U256',
        code: 'Bytes',
        data: 'Bytes',
        transactionEncoded: 'Bytes',
        effectiveGasPrice: 'U256',
        encodedLen: 'u32',
      },
      eth_call: {
        dest: 'H160',
        value: 'U256',
        weightLimit: 'SpWeightsWeightV2Weight',
        ethGasLimit: 'U256',
        data: 'Bytes',
        transactionEncoded: 'Bytes',
        effectiveGasPrice: 'U256',
        encodedLen: 'u32',
      },
      eth_substrate_call: {
        call: 'Call',
        transactionEncoded: 'Bytes',
      },
      batch_map_accounts: {
        accounts: 'Vec<AccountId32>'
      }
    }
  },
  /**
   * Lookup101: sp_runtime::MultiSignature
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
   * Lookup103: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup104: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup105: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup106: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup109: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup110: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup111: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup113: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup114: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup116: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup117: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup119: sp_runtime::generic::digest::DigestItem
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
   * Lookup122: frame_system::EventRecord<sibyl_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup124: frame_system::pallet::Event<T>
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
   * Lookup125: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup126: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup127: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup128: sp_runtime::DispatchError
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
   * Lookup129: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup130: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup131: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup132: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup133: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup134: pallet_balances::pallet::Event<T, I>
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
   * Lookup135: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup136: sibyl_runtime::RuntimeHoldReason
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
      Jobs: 'PalletSibylJobsHoldReason',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Revive: 'PalletReviveHoldReason'
    }
  },
  /**
   * Lookup137: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup138: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup139: pallet_sibyl_models::pallet::HoldReason
   **/
  PalletSibylModelsHoldReason: {
    _enum: ['ModelDeposit']
  },
  /**
   * Lookup140: pallet_sibyl_stakes::pallet::HoldReason
   **/
  PalletSibylStakesHoldReason: {
    _enum: ['SupplierStake', 'ValidatorStake', 'GatewayStake', 'ApplicationDeposit']
  },
  /**
   * Lookup141: pallet_sibyl_jobs::pallet::HoldReason
   **/
  PalletSibylJobsHoldReason: {
    _enum: ['JobDeposit']
  },
  /**
   * Lookup142: pallet_revive::pallet::HoldReason
   **/
  PalletReviveHoldReason: {
    _enum: ['CodeUploadDepositReserve', 'StorageDepositReserve', 'AddressMapping']
  },
  /**
   * Lookup143: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup144: pallet_transaction_payment::pallet::Event<T>
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
   * Lookup145: pallet_sudo::pallet::Event<T>
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
   * Lookup147: pallet_collective::pallet::Event<T, I>
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
   * Lookup148: pallet_utility::pallet::Event
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
   * Lookup149: pallet_sibyl_authorities::pallet::Event<T>
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
   * Lookup150: pallet_session::pallet::Event<T>
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
   * Lookup151: pallet_grandpa::pallet::Event
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
   * Lookup154: pallet_sibyl_models::pallet::Event<T>
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
   * Lookup155: pallet_sibyl_stakes::pallet::Event<T>
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
   * Lookup156: sibyl_primitives::SlashReason
   **/
  SibylPrimitivesSlashReason: {
    _enum: ['MissingProof', 'InvalidProof', 'MissingRelayReveal', 'LowQuality', 'ScoreDeviation', 'MissingScoreReveal', 'JobExpired', 'Governance']
  },
  /**
   * Lookup157: pallet_sibyl_tiqe::pallet::Event<T>
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
   * Lookup158: sibyl_primitives::Unevaluated
   **/
  SibylPrimitivesUnevaluated: {
    _enum: ['NoValidators', 'NoQuorum', 'QueueFull']
  },
  /**
   * Lookup159: pallet_sibyl_sessions::pallet::Event<T>
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
   * Lookup160: pallet_sibyl_pricing::pallet::Event<T>
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
   * Lookup161: pallet_sibyl_relay_mining::pallet::Event<T>
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
   * Lookup162: pallet_sibyl_settlement::pallet::Event<T>
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
   * Lookup164: pallet_sibyl_settlement::types::Payout<Balance>
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
   * Lookup165: pallet_sibyl_jobs::pallet::Event<T>
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
   * Lookup166: pallet_sibyl_jobs::types::JobFailure
   **/
  PalletSibylJobsJobFailure: {
    _enum: ['NoSupplier', 'SuppliersBusy', 'Timeout']
  },
  /**
   * Lookup167: pallet_revive::pallet::Event<T>
   **/
  PalletReviveEvent: {
    _enum: {
      ContractEmitted: {
        contract: 'H160',
        data: 'Bytes',
        topics: 'Vec<H256>',
      },
      Instantiated: {
        deployer: 'H160',
        contract: 'H160',
      },
      EthExtrinsicRevert: {
        dispatchError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup168: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup171: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup174: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup175: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup176: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup177: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup179: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup180: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup182: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup183: sp_version::RuntimeVersion
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
   * Lookup188: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup193: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup194: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup197: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup200: frame_support::traits::tokens::misc::IdAmount<sibyl_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'SibylRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup203: frame_support::traits::tokens::misc::IdAmount<sibyl_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'SibylRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup204: sibyl_runtime::RuntimeFreezeReason
   **/
  SibylRuntimeRuntimeFreezeReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Revive: 'PalletReviveFreezeReason'
    }
  },
  /**
   * Lookup205: pallet_revive::pallet::FreezeReason
   **/
  PalletReviveFreezeReason: {
    _enum: ['PGasMinBalance']
  },
  /**
   * Lookup207: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup209: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup210: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup211: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup212: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup215: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup216: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup218: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup220: pallet_sibyl_authorities::pallet::Error<T>
   **/
  PalletSibylAuthoritiesError: {
    _enum: ['AlreadyAuthority', 'NotAuthority', 'NoSessionKeys', 'TooManyAuthorities', 'TooFewAuthorities', 'SessionPeriodTooShort']
  },
  /**
   * Lookup227: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup228: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup229: pallet_grandpa::StoredState<N>
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
   * Lookup230: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup232: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup233: pallet_sibyl_models::types::ModelInfo<T>
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
   * Lookup241: pallet_sibyl_models::types::ModelStatus
   **/
  PalletSibylModelsModelStatus: {
    _enum: ['Active', 'Retired']
  },
  /**
   * Lookup243: pallet_sibyl_models::pallet::Error<T>
   **/
  PalletSibylModelsError: {
    _enum: ['InvalidName', 'NameTooLong', 'InvalidSha256', 'ZeroSize', 'InvalidQuantization', 'QuantizationTooLong', 'InvalidContextLength', 'ChatTemplateTooLong', 'InvalidLicense', 'LicenseTooLong', 'NoUris', 'TooManyUris', 'UriTooLong', 'UnsupportedUri', 'RoyaltyTooHigh', 'ZeroComputeWeight', 'DuplicateModel', 'UnknownModel', 'NotOwner', 'ModelRetired', 'EmptyUpdate', 'InsufficientBalance', 'IdsExhausted', 'TooManyModels', 'Overflow']
  },
  /**
   * Lookup245: pallet_sibyl_stakes::types::Bond<T>
   **/
  PalletSibylStakesBond: {
    active: 'u128',
    unlocking: 'Vec<PalletSibylStakesUnlockChunk>'
  },
  /**
   * Lookup247: pallet_sibyl_stakes::types::UnlockChunk<Balance, BlockNumber>
   **/
  PalletSibylStakesUnlockChunk: {
    value: 'u128',
    unlockAt: 'u32'
  },
  /**
   * Lookup249: pallet_sibyl_stakes::types::SupplierConfig<T>
   **/
  PalletSibylStakesSupplierConfig: {
    models: 'Vec<u32>',
    natsSubject: 'Bytes',
    capacityTps: 'u32',
    device: 'PalletSibylStakesDeviceClass'
  },
  /**
   * Lookup252: pallet_sibyl_stakes::types::GatewayConfig<T>
   **/
  PalletSibylStakesGatewayConfig: {
    url: 'Bytes'
  },
  /**
   * Lookup254: pallet_sibyl_stakes::types::ApplicationConfig<T>
   **/
  PalletSibylStakesApplicationConfig: {
    delegations: 'Vec<PalletSibylStakesDelegation>',
    spendLimit: 'u128',
    nextLimit: 'Option<(u64,u128)>'
  },
  /**
   * Lookup256: pallet_sibyl_stakes::types::Delegation<sp_core::crypto::AccountId32>
   **/
  PalletSibylStakesDelegation: {
    gateway: 'AccountId32',
    from: 'u64',
    until: 'Option<u64>'
  },
  /**
   * Lookup260: pallet_sibyl_stakes::pallet::Error<T>
   **/
  PalletSibylStakesError: {
    _enum: ['AlreadyRegistered', 'NotRegistered', 'StakeBelowMinimum', 'InsufficientBalance', 'ZeroAmount', 'InsufficientBond', 'TooManyUnlockingChunks', 'NothingToWithdraw', 'NoModels', 'TooManyModels', 'DuplicateModel', 'UnknownModel', 'InvalidSubject', 'SubjectTooLong', 'ZeroCapacity', 'InvalidDeviceCount', 'InvalidUrl', 'UrlTooLong', 'TooManyDelegations', 'AlreadyDelegated', 'NotDelegated', 'UnknownGateway', 'ZeroSpendLimit', 'SpendLimitAboveDeposit', 'ChargesPending', 'TooManyMembers', 'InvalidParameters', 'Overflow']
  },
  /**
   * Lookup261: pallet_sibyl_tiqe::types::PendingBatch<T>
   **/
  PalletSibylTiqePendingBatch: {
    supplier: 'AccountId32',
    model: 'u32',
    session: 'u64',
    relays: 'Vec<H256>',
    committedAt: 'u32'
  },
  /**
   * Lookup262: pallet_sibyl_tiqe::types::RoundInfo<T>
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
   * Lookup267: pallet_sibyl_tiqe::types::Vote
   **/
  PalletSibylTiqeVote: {
    commitment: 'H256',
    revealed: 'Option<PalletSibylTiqeScore>'
  },
  /**
   * Lookup269: pallet_sibyl_tiqe::types::Score
   **/
  PalletSibylTiqeScore: {
    alpha: 'Permill',
    withheld: 'bool'
  },
  /**
   * Lookup270: pallet_sibyl_tiqe::types::RoundProgress
   **/
  PalletSibylTiqeRoundProgress: {
    committed: 'u32',
    revealed: 'u32'
  },
  /**
   * Lookup273: pallet_sibyl_tiqe::types::RoundResult<T>
   **/
  PalletSibylTiqeRoundResult: {
    supplier: 'AccountId32',
    median: 'Option<Permill>',
    alpha: 'Option<Permill>',
    revealed: 'u32',
    withheld: 'bool'
  },
  /**
   * Lookup276: pallet_sibyl_tiqe::types::SessionScore
   **/
  PalletSibylTiqeSessionScore: {
    mean: 'Permill',
    rounds: 'u32'
  },
  /**
   * Lookup277: pallet_sibyl_tiqe::pallet::Error<T>
   **/
  PalletSibylTiqeError: {
    _enum: ['NotSupplier', 'EmptyBatch', 'DuplicateRelay', 'TooManyPending', 'UnknownRound', 'NotInCommittee', 'NotCommitPhase', 'NotRevealPhase', 'AlreadyCommitted', 'NotCommitted', 'AlreadyRevealed', 'CommitmentMismatch', 'InvalidParameters', 'Overflow', 'UnknownModel', 'InvalidCalibration', 'CalibrationLocked']
  },
  /**
   * Lookup278: pallet_sibyl_sessions::SessionInfo<BlockNumber, primitive_types::H256>
   **/
  PalletSibylSessionsSessionInfo: {
    start: 'u32',
    length: 'u32',
    seed: 'H256',
    suppliersPerSession: 'u32'
  },
  /**
   * Lookup281: pallet_sibyl_sessions::Candidate<sp_core::crypto::AccountId32>
   **/
  PalletSibylSessionsCandidate: {
    supplier: 'AccountId32',
    weight: 'u128',
    capacityTps: 'u32'
  },
  /**
   * Lookup283: pallet_sibyl_sessions::pallet::Error<T>
   **/
  PalletSibylSessionsError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup284: pallet_sibyl_pricing::pallet::Error<T>
   **/
  PalletSibylPricingError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup287: pallet_sibyl_relay_mining::types::Claim<BlockNumber>
   **/
  PalletSibylRelayMiningClaim: {
    root: 'PalletSibylRelayMiningSumTreeNodeSummary',
    claimedAt: 'u32',
    proven: 'bool',
    paths: 'u32'
  },
  /**
   * Lookup288: pallet_sibyl_relay_mining::types::Difficulty
   **/
  PalletSibylRelayMiningDifficulty: {
    estimatedRelays: 'u128',
    probability: 'u128'
  },
  /**
   * Lookup289: pallet_sibyl_relay_mining::pallet::Error<T>
   **/
  PalletSibylRelayMiningError: {
    _enum: ['OutsideClaimWindow', 'OutsideProofWindow', 'NotSessionSupplier', 'AlreadyClaimed', 'TooManyClaims', 'TooManySupplierClaims', 'InvalidRoot', 'NoClaim', 'AlreadyProven', 'WrongPathCount', 'InvalidBranch', 'WrongLeafForPath', 'BadGatewaySignature', 'BadSupplierSignature', 'NotMined', 'NotDelegated', 'UsageMismatch', 'PromptTokensAboveSigned', 'CompletionTokensAboveSigned', 'UsageAboveContext', 'InvalidParameters']
  },
  /**
   * Lookup290: pallet_sibyl_settlement::types::PendingSettlement<sp_core::crypto::AccountId32, MaxGateways>
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
   * Lookup292: pallet_sibyl_settlement::types::DeferredClaim<sp_core::crypto::AccountId32, MaxGateways>
   **/
  PalletSibylSettlementDeferredClaim: {
    claim: 'PalletSibylSettlementPendingSettlement',
    relays: 'Vec<[u8;32]>'
  },
  /**
   * Lookup295: pallet_sibyl_settlement::pallet::Error<T>
   **/
  PalletSibylSettlementError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup296: pallet_sibyl_jobs::types::Job<T>
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
   * Lookup298: pallet_sibyl_jobs::types::JobStatus<sp_core::crypto::AccountId32, BlockNumber>
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
   * Lookup300: pallet_sibyl_jobs::types::JobResult<MaxOutput>
   **/
  PalletSibylJobsJobResult: {
    output: 'Bytes',
    outputHash: '[u8;32]',
    promptTokens: 'u32',
    completionTokens: 'u32'
  },
  /**
   * Lookup304: pallet_sibyl_jobs::pallet::Error<T>
   **/
  PalletSibylJobsError: {
    _enum: ['NotApplication', 'UnknownModel', 'EmptyInput', 'InputTooLong', 'MalformedInput', 'InvalidMaxTokens', 'InvalidPromptTokens', 'ExceedsContext', 'PriceTooLow', 'TooManyOpenJobs', 'InsufficientBalance', 'QueueFull', 'UnknownJob', 'NotAssigned', 'OutputTooLong', 'OutputNotUtf8', 'PromptTokensAboveDeclared', 'TooManyTokens', 'UsageAboveContext', 'NoComputeUnits', 'Overflow', 'InvalidParameters']
  },
  /**
   * Lookup305: pallet_revive::vm::CodeInfo<T>
   **/
  PalletReviveVmCodeInfo: {
    owner: 'AccountId32',
    deposit: 'Compact<u128>',
    refcount: 'Compact<u64>',
    codeLen: 'u32',
    codeType: 'PalletReviveVmBytecodeType',
    behaviourVersion: 'u32'
  },
  /**
   * Lookup306: pallet_revive::vm::BytecodeType
   **/
  PalletReviveVmBytecodeType: {
    _enum: ['Pvm', 'Evm']
  },
  /**
   * Lookup307: pallet_revive::storage::AccountInfo<T>
   **/
  PalletReviveStorageAccountInfo: {
    accountType: 'PalletReviveStorageAccountType',
    dust: 'u32'
  },
  /**
   * Lookup308: pallet_revive::storage::AccountType<T>
   **/
  PalletReviveStorageAccountType: {
    _enum: {
      Contract: 'PalletReviveStorageContractInfo',
      EOA: 'Null'
    }
  },
  /**
   * Lookup309: pallet_revive::storage::ContractInfo<T>
   **/
  PalletReviveStorageContractInfo: {
    trieId: 'Bytes',
    codeHash: 'H256',
    storageBytes: 'u32',
    storageItems: 'u32',
    storageByteDeposit: 'u128',
    storageItemDeposit: 'u128',
    storageBaseDeposit: 'u128',
    immutableDataLen: 'u32'
  },
  /**
   * Lookup312: pallet_revive::storage::DeletionQueueItem<T>
   **/
  PalletReviveStorageDeletionQueueItem: {
    trieId: 'Bytes',
    accountId: 'AccountId32'
  },
  /**
   * Lookup313: pallet_revive::storage::DeletionQueueManager<T>
   **/
  PalletReviveStorageDeletionQueueManager: {
    insertCounter: 'u32',
    deleteCounter: 'u32'
  },
  /**
   * Lookup314: pallet_revive::evm::api::block::Block
   **/
  PalletReviveEvmApiBlock: {
    _alias: {
      hash_: 'hash',
      size_: 'size'
    },
    baseFeePerGas: 'U256',
    blobGasUsed: 'U256',
    difficulty: 'U256',
    excessBlobGas: 'U256',
    extraData: 'Bytes',
    gasLimit: 'U256',
    gasUsed: 'U256',
    hash_: 'H256',
    logsBloom: 'PalletReviveTypesCommonByteBytes256',
    miner: 'H160',
    mixHash: 'H256',
    nonce: 'PalletReviveTypesCommonByteBytes8',
    number: 'U256',
    parentBeaconBlockRoot: 'Option<H256>',
    parentHash: 'H256',
    receiptsRoot: 'H256',
    requestsHash: 'Option<H256>',
    sha3Uncles: 'H256',
    size_: 'U256',
    stateRoot: 'H256',
    timestamp: 'U256',
    totalDifficulty: 'Option<U256>',
    transactions: 'PalletReviveEvmApiTransactionHashesOrTransactionInfos',
    transactionsRoot: 'H256',
    uncles: 'Vec<H256>',
    withdrawals: 'Vec<PalletReviveEvmApiBlockWithdrawal>',
    withdrawalsRoot: 'H256'
  },
  /**
   * Lookup316: pallet_revive_types::common::byte::Bytes256
   **/
  PalletReviveTypesCommonByteBytes256: '[u8;256]',
  /**
   * Lookup318: pallet_revive_types::common::byte::Bytes8
   **/
  PalletReviveTypesCommonByteBytes8: '[u8;8]',
  /**
   * Lookup321: pallet_revive::evm::api::transaction::HashesOrTransactionInfos
   **/
  PalletReviveEvmApiTransactionHashesOrTransactionInfos: {
    _enum: {
      Hashes: 'Vec<H256>',
      TransactionInfos: 'Vec<PalletReviveEvmApiTransactionTransactionInfo>'
    }
  },
  /**
   * Lookup323: pallet_revive::evm::api::transaction::TransactionInfo
   **/
  PalletReviveEvmApiTransactionTransactionInfo: {
    _alias: {
      hash_: 'hash'
    },
    blockHash: 'H256',
    blockNumber: 'U256',
    from: 'H160',
    hash_: 'H256',
    transactionIndex: 'U256',
    transactionSigned: 'PalletReviveEvmApiTransactionTransactionSigned'
  },
  /**
   * Lookup324: pallet_revive::evm::api::transaction::TransactionSigned
   **/
  PalletReviveEvmApiTransactionTransactionSigned: {
    _enum: {
      Transaction7702Signed: 'PalletReviveEvmApiTransactionTransaction7702Signed',
      Transaction4844Signed: 'PalletReviveEvmApiTransactionTransaction4844Signed',
      Transaction1559Signed: 'PalletReviveEvmApiTransactionTransaction1559Signed',
      Transaction2930Signed: 'PalletReviveEvmApiTransactionTransaction2930Signed',
      TransactionLegacySigned: 'PalletReviveEvmApiTransactionTransactionLegacySigned'
    }
  },
  /**
   * Lookup325: pallet_revive::evm::api::transaction::Transaction7702Signed
   **/
  PalletReviveEvmApiTransactionTransaction7702Signed: {
    transaction7702Unsigned: 'PalletReviveEvmApiTransactionTransaction7702Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup326: pallet_revive::evm::api::transaction::Transaction7702Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction7702Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    authorizationList: 'Vec<PalletReviveEvmApiTransactionAuthorizationListEntry>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup328: pallet_revive::evm::api::transaction::AccessListEntry
   **/
  PalletReviveEvmApiTransactionAccessListEntry: {
    address: 'H160',
    storageKeys: 'Vec<H256>'
  },
  /**
   * Lookup330: pallet_revive::evm::api::transaction::AuthorizationListEntry
   **/
  PalletReviveEvmApiTransactionAuthorizationListEntry: {
    chainId: 'U256',
    address: 'H160',
    nonce: 'U256',
    yParity: 'U256',
    r: 'U256',
    s: 'U256'
  },
  /**
   * Lookup331: pallet_revive::evm::api::transaction::Transaction4844Signed
   **/
  PalletReviveEvmApiTransactionTransaction4844Signed: {
    transaction4844Unsigned: 'PalletReviveEvmApiTransactionTransaction4844Unsigned',
    r: 'U256',
    s: 'U256',
    yParity: 'U256'
  },
  /**
   * Lookup332: pallet_revive::evm::api::transaction::Transaction4844Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction4844Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    blobVersionedHashes: 'Vec<H256>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerBlobGas: 'U256',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup333: pallet_revive::evm::api::transaction::Transaction1559Signed
   **/
  PalletReviveEvmApiTransactionTransaction1559Signed: {
    transaction1559Unsigned: 'PalletReviveEvmApiTransactionTransaction1559Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup334: pallet_revive::evm::api::transaction::Transaction1559Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction1559Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup336: pallet_revive::evm::api::transaction::Transaction2930Signed
   **/
  PalletReviveEvmApiTransactionTransaction2930Signed: {
    transaction2930Unsigned: 'PalletReviveEvmApiTransactionTransaction2930Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup337: pallet_revive::evm::api::transaction::Transaction2930Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction2930Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup338: pallet_revive::evm::api::transaction::TransactionLegacySigned
   **/
  PalletReviveEvmApiTransactionTransactionLegacySigned: {
    transactionLegacyUnsigned: 'PalletReviveEvmApiTransactionTransactionLegacyUnsigned',
    r: 'U256',
    s: 'U256',
    v: 'U256'
  },
  /**
   * Lookup339: pallet_revive::evm::api::transaction::TransactionLegacyUnsigned
   **/
  PalletReviveEvmApiTransactionTransactionLegacyUnsigned: {
    _alias: {
      r_type: 'r#type'
    },
    chainId: 'Option<U256>',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup341: pallet_revive::evm::api::block::Withdrawal
   **/
  PalletReviveEvmApiBlockWithdrawal: {
    address: 'H160',
    amount: 'U256',
    index: 'U256',
    validatorIndex: 'U256'
  },
  /**
   * Lookup343: pallet_revive::evm::block_hash::ReceiptGasInfo
   **/
  PalletReviveEvmBlockHashReceiptGasInfo: {
    gasUsed: 'U256',
    effectiveGasPrice: 'U256'
  },
  /**
   * Lookup344: pallet_revive::evm::block_hash::block_builder::EthereumBlockBuilderIR<T>
   **/
  PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR: {
    transactionRootBuilder: 'PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR',
    receiptsRootBuilder: 'PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR',
    baseFeePerGas: 'U256',
    blockGasLimit: 'U256',
    gasUsed: 'U256',
    logsBloom: '[u8;256]',
    txHashes: 'Vec<H256>',
    gasInfo: 'Vec<PalletReviveEvmBlockHashReceiptGasInfo>'
  },
  /**
   * Lookup345: pallet_revive::evm::block_hash::hash_builder::IncrementalHashBuilderIR
   **/
  PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR: {
    key: 'Bytes',
    valueType: 'u8',
    builderValue: 'Bytes',
    stack: 'Vec<Bytes>',
    stateMasks: 'Vec<u16>',
    treeMasks: 'Vec<u16>',
    hashMasks: 'Vec<u16>',
    storedInDatabase: 'bool',
    rlpBuf: 'Bytes',
    index: 'u64'
  },
  /**
   * Lookup348: pallet_revive::debug::DebugSettings
   **/
  PalletReviveDebugDebugSettings: {
    allowUnlimitedContractSize: 'bool',
    bypassEip3607: 'bool',
    pvmLogs: 'bool',
    disableExecutionTracing: 'bool'
  },
  /**
   * Lookup349: pallet_revive::pallet::Error<T>
   **/
  PalletReviveError: {
    _enum: ['__Unused0', 'InvalidSchedule', 'InvalidCallFlags', 'OutOfGas', 'TransferFailed', 'MaxCallDepthReached', 'ContractNotFound', 'CodeNotFound', 'CodeInfoNotFound', 'OutOfBounds', 'DecodingFailed', 'ContractTrapped', 'ValueTooLarge', 'TerminatedWhileReentrant', 'InputForwarded', 'TooManyTopics', '__Unused16', '__Unused17', 'DuplicateContract', 'TerminatedInConstructor', 'ReentranceDenied', 'ReenteredPallet', 'StateChangeDenied', 'StorageDepositNotEnoughFunds', 'StorageDepositLimitExhausted', 'CodeInUse', 'ContractReverted', 'CodeRejected', 'BlobTooLarge', 'StaticMemoryTooLarge', 'BasicBlockTooLarge', 'InvalidInstruction', 'MaxDelegateDependenciesReached', 'DelegateDependencyNotFound', 'DelegateDependencyAlreadyExists', 'CannotAddSelfAsDelegateDependency', 'OutOfTransientStorage', 'InvalidSyscall', 'InvalidStorageFlags', 'ExecutionFailed', 'BalanceConversionFailed', '__Unused41', 'InvalidImmutableAccess', 'AccountUnmapped', 'AccountAlreadyMapped', 'InvalidGenericTransaction', 'RefcountOverOrUnderflow', 'UnsupportedPrecompileAddress', 'CallDataTooLarge', 'ReturnDataTooLarge', 'InvalidJump', 'StackUnderflow', 'StackOverflow', 'TxFeeOverdraw', 'EvmConstructorNonEmptyData', 'EvmConstructedFromHash', 'StorageRefundNotEnoughFunds', 'StorageRefundLocked', '__Unused58', '__Unused59', '__Unused60', '__Unused61', '__Unused62', '__Unused63', 'PrecompileDelegateDenied', 'EcdsaRecoveryFailed', 'AutoMappingEnabled', 'PendingDepositCleanup']
  },
  /**
   * Lookup350: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup351: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup355: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup359: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup360: sp_runtime::transaction_validity::InvalidTransaction
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
   * Lookup361: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup362: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup367: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup368: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup370: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup375: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup379: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup380: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup382: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup386: pallet_sibyl_relay_mining::types::ClaimWindows<BlockNumber>
   **/
  PalletSibylRelayMiningClaimWindows: {
    claimOpen: 'u32',
    claimClose: 'u32',
    proofClose: 'u32'
  },
  /**
   * Lookup390: pallet_revive_types::runtime_api::types::block::BlockV1
   **/
  PalletReviveTypesRuntimeApiTypesBlockBlockV1: {
    _alias: {
      hash_: 'hash',
      size_: 'size'
    },
    baseFeePerGas: 'U256',
    blobGasUsed: 'U256',
    difficulty: 'U256',
    excessBlobGas: 'U256',
    extraData: 'Bytes',
    gasLimit: 'U256',
    gasUsed: 'U256',
    hash_: 'H256',
    logsBloom: 'PalletReviveTypesCommonByteBytes256',
    miner: 'H160',
    mixHash: 'H256',
    nonce: 'PalletReviveTypesCommonByteBytes8',
    number: 'U256',
    parentBeaconBlockRoot: 'Option<H256>',
    parentHash: 'H256',
    receiptsRoot: 'H256',
    requestsHash: 'Option<H256>',
    sha3Uncles: 'H256',
    size_: 'U256',
    stateRoot: 'H256',
    timestamp: 'U256',
    totalDifficulty: 'Option<U256>',
    transactions: 'PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1',
    transactionsRoot: 'H256',
    uncles: 'Vec<H256>',
    withdrawals: 'Vec<PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1>',
    withdrawalsRoot: 'H256'
  },
  /**
   * Lookup391: pallet_revive_types::runtime_api::types::transaction::HashesOrTransactionInfosV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1: {
    _enum: {
      Hashes: 'Vec<H256>',
      TransactionInfos: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1>'
    }
  },
  /**
   * Lookup393: pallet_revive_types::runtime_api::types::transaction::TransactionInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1: {
    _alias: {
      hash_: 'hash'
    },
    blockHash: 'H256',
    blockNumber: 'U256',
    from: 'H160',
    hash_: 'H256',
    transactionIndex: 'U256',
    transactionSigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1'
  },
  /**
   * Lookup394: pallet_revive_types::runtime_api::types::transaction::TransactionSignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1: {
    _enum: {
      Transaction7702Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1',
      Transaction4844Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1',
      Transaction1559Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1',
      Transaction2930Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1',
      TransactionLegacySigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1'
    }
  },
  /**
   * Lookup395: pallet_revive_types::runtime_api::types::transaction::Transaction7702SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1: {
    transaction7702Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup396: pallet_revive_types::runtime_api::types::transaction::Transaction7702UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    authorizationList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup398: pallet_revive_types::runtime_api::types::transaction::AccessListEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1: {
    address: 'H160',
    storageKeys: 'Vec<H256>'
  },
  /**
   * Lookup400: pallet_revive_types::runtime_api::types::transaction::AuthorizationListEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1: {
    chainId: 'U256',
    address: 'H160',
    nonce: 'U256',
    yParity: 'U256',
    r: 'U256',
    s: 'U256'
  },
  /**
   * Lookup401: pallet_revive_types::runtime_api::types::transaction::Transaction4844SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1: {
    transaction4844Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1',
    r: 'U256',
    s: 'U256',
    yParity: 'U256'
  },
  /**
   * Lookup402: pallet_revive_types::runtime_api::types::transaction::Transaction4844UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    blobVersionedHashes: 'Vec<H256>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerBlobGas: 'U256',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup403: pallet_revive_types::runtime_api::types::transaction::Transaction1559SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1: {
    transaction1559Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup404: pallet_revive_types::runtime_api::types::transaction::Transaction1559UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup405: pallet_revive_types::runtime_api::types::transaction::Transaction2930SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1: {
    transaction2930Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup406: pallet_revive_types::runtime_api::types::transaction::Transaction2930UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup407: pallet_revive_types::runtime_api::types::transaction::TransactionLegacySignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1: {
    transactionLegacyUnsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'U256'
  },
  /**
   * Lookup408: pallet_revive_types::runtime_api::types::transaction::TransactionLegacyUnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    chainId: 'Option<U256>',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup410: pallet_revive_types::runtime_api::types::block::WithdrawalV1
   **/
  PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1: {
    address: 'H160',
    amount: 'U256',
    index: 'U256',
    validatorIndex: 'U256'
  },
  /**
   * Lookup412: pallet_revive_types::runtime_api::types::receipt::ReceiptGasInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1: {
    gasUsed: 'U256',
    effectiveGasPrice: 'U256'
  },
  /**
   * Lookup413: pallet_revive_types::runtime_api::types::contract::ContractResultV1<pallet_revive_types::runtime_api::types::contract::ExecReturnValueV1, Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1: {
    weightConsumed: 'SpWeightsWeightV2Weight',
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    maxStorageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    gasConsumed: 'u128',
    result: 'Result<PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1, SpRuntimeDispatchError>'
  },
  /**
   * Lookup414: pallet_revive_types::runtime_api::types::contract::ExecReturnValueV1
   **/
  PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1: {
    flags: 'PalletReviveUapiFlagsReturnFlags',
    data: 'Bytes'
  },
  /**
   * Lookup415: pallet_revive_uapi::flags::ReturnFlags
   **/
  PalletReviveUapiFlagsReturnFlags: {
    bits: 'u32'
  },
  /**
   * Lookup416: pallet_revive_types::runtime_api::types::contract::StorageDepositV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractStorageDepositV1: {
    _enum: {
      Refund: 'u128',
      Charge: 'u128'
    }
  },
  /**
   * Lookup418: pallet_revive_types::runtime_api::types::contract::CodeV1
   **/
  PalletReviveTypesRuntimeApiTypesContractCodeV1: {
    _enum: {
      Upload: 'Bytes',
      Existing: 'H256'
    }
  },
  /**
   * Lookup419: pallet_revive_types::runtime_api::types::contract::ContractResultV1<pallet_revive_types::runtime_api::types::contract::InstantiateReturnValueV1, Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1: {
    weightConsumed: 'SpWeightsWeightV2Weight',
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    maxStorageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    gasConsumed: 'u128',
    result: 'Result<PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1, SpRuntimeDispatchError>'
  },
  /**
   * Lookup420: pallet_revive_types::runtime_api::types::contract::InstantiateReturnValueV1
   **/
  PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1: {
    result: 'PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1',
    addr: 'H160'
  },
  /**
   * Lookup422: pallet_revive_types::runtime_api::types::transaction::GenericTransactionV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Option<Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>>',
    authorizationList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>',
    blobVersionedHashes: 'Vec<H256>',
    blobs: 'Vec<Bytes>',
    chainId: 'Option<U256>',
    from: 'Option<H160>',
    gas: 'Option<U256>',
    gasPrice: 'Option<U256>',
    input: 'PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1',
    maxFeePerBlobGas: 'Option<U256>',
    maxFeePerGas: 'Option<U256>',
    maxPriorityFeePerGas: 'Option<U256>',
    nonce: 'Option<U256>',
    to: 'Option<H160>',
    r_type: 'Option<u8>',
    value: 'Option<U256>'
  },
  /**
   * Lookup425: pallet_revive_types::runtime_api::types::transaction::InputOrDataV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1: {
    input: 'Option<Bytes>',
    data: 'Option<Bytes>'
  },
  /**
   * Lookup430: pallet_revive_types::runtime_api::types::dry_run::EthTransactInfoV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1: {
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'u128',
    maxStorageDeposit: 'u128',
    ethGas: 'U256',
    data: 'Bytes'
  },
  /**
   * Lookup431: pallet_revive::primitives::EthTransactError
   **/
  PalletRevivePrimitivesEthTransactError: {
    _enum: {
      Data: 'Bytes',
      Message: 'Text'
    }
  },
  /**
   * Lookup432: pallet_revive_types::runtime_api::types::dry_run::DryRunConfigV1<Moment>
   **/
  PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1: {
    timestampOverride: 'Option<u64>',
    performBalanceChecks: 'Option<bool>',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup435: pallet_revive_types::runtime_api::types::state_overrides::StateOverrideSetV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1>',
  /**
   * Lookup437: pallet_revive_types::runtime_api::types::state_overrides::StateOverrideV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1: {
    balance: 'Option<U256>',
    nonce: 'Option<U256>',
    code: 'Option<Bytes>',
    storage: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1>',
    movePrecompileToAddress: 'Option<H160>'
  },
  /**
   * Lookup439: pallet_revive_types::runtime_api::types::state_overrides::StorageOverrideV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1: {
    _enum: {
      State: 'BTreeMap<H256, H256>',
      StateDiff: 'BTreeMap<H256, H256>'
    }
  },
  /**
   * Lookup448: pallet_revive_types::runtime_api::types::upload::CodeUploadReturnValueV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1: {
    codeHash: 'H256',
    deposit: 'u128'
  },
  /**
   * Lookup450: pallet_revive::primitives::ContractAccessError
   **/
  PalletRevivePrimitivesContractAccessError: {
    _enum: {
      DoesntExist: 'Null',
      KeyDecodingFailed: 'Null',
      StorageWriteFailed: 'SpRuntimeDispatchError'
    }
  },
  /**
   * Lookup451: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup452: pallet_revive_types::runtime_api::types::tracer::TracerTypeV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1: {
    _enum: {
      CallTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1>',
      PrestateTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1>',
      ExecutionTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1>'
    }
  },
  /**
   * Lookup454: pallet_revive_types::runtime_api::types::tracer::CallTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1: {
    withLogs: 'bool',
    onlyTopCall: 'bool'
  },
  /**
   * Lookup456: pallet_revive_types::runtime_api::types::tracer::PrestateTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1: {
    diffMode: 'bool',
    disableStorage: 'bool',
    disableCode: 'bool'
  },
  /**
   * Lookup458: pallet_revive_types::runtime_api::types::tracer::ExecutionTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1: {
    enableMemory: 'bool',
    disableStack: 'bool',
    disableStorage: 'bool',
    enableReturnData: 'bool',
    disableSyscallDetails: 'bool',
    limit: 'Option<u64>',
    memoryWordLimit: 'u32'
  },
  /**
   * Lookup461: pallet_revive_types::runtime_api::types::traces::TraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceV1: {
    _enum: {
      Call: 'PalletReviveTypesRuntimeApiTypesTracesCallTraceV1',
      Prestate: 'PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1',
      Execution: 'PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1'
    }
  },
  /**
   * Lookup462: pallet_revive_types::runtime_api::types::traces::CallTraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTraceV1: {
    from: 'H160',
    gas: 'u64',
    gasUsed: 'u64',
    to: 'H160',
    input: 'Bytes',
    output: 'Bytes',
    error: 'Option<Text>',
    revertReason: 'Option<Text>',
    calls: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV1>',
    logs: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV1>',
    value: 'Option<U256>',
    callType: 'PalletReviveTypesRuntimeApiTypesTracesCallTypeV1',
    childCallCount: 'u32'
  },
  /**
   * Lookup465: pallet_revive_types::runtime_api::types::traces::CallLogV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallLogV1: {
    address: 'H160',
    topics: 'Vec<H256>',
    data: 'Bytes',
    position: 'u32'
  },
  /**
   * Lookup466: pallet_revive_types::runtime_api::types::traces::CallTypeV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTypeV1: {
    _enum: ['Call', 'StaticCall', 'DelegateCall', 'Create', 'Create2', 'Selfdestruct']
  },
  /**
   * Lookup467: pallet_revive_types::runtime_api::types::traces::PrestateTraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1: {
    _enum: {
      Prestate: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>',
      DiffMode: {
        pre: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>',
        post: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>'
      }
    }
  },
  /**
   * Lookup469: pallet_revive_types::runtime_api::types::traces::PrestateTraceInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1: {
    balance: 'Option<U256>',
    nonce: 'Option<u32>',
    code: 'Option<Bytes>',
    storage: 'BTreeMap<Bytes, Option<Bytes>>'
  },
  /**
   * Lookup475: pallet_revive_types::runtime_api::types::traces::ExecutionTraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1: {
    gas: 'u64',
    weightConsumed: 'SpWeightsWeightV2Weight',
    baseCallWeight: 'SpWeightsWeightV2Weight',
    failed: 'bool',
    returnValue: 'Bytes',
    structLogs: 'Vec<PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1>'
  },
  /**
   * Lookup477: pallet_revive_types::runtime_api::types::traces::ExecutionStepV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1: {
    gas: 'Compact<u64>',
    gasCost: 'Compact<u64>',
    weightCost: 'SpWeightsWeightV2Weight',
    depth: 'u16',
    returnData: 'Bytes',
    error: 'Option<Text>',
    kind: 'PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1'
  },
  /**
   * Lookup478: pallet_revive_types::runtime_api::types::traces::ExecutionStepKindV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1: {
    _enum: {
      EVMOpcode: {
        pc: 'Compact<u32>',
        op: 'u8',
        stack: 'Vec<Bytes>',
        memory: 'Vec<Bytes>',
        storage: 'Option<BTreeMap<Bytes, Bytes>>',
      },
      PVMSyscall: {
        op: 'PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1',
        args: 'Vec<u64>',
        returned: 'Option<u64>'
      }
    }
  },
  /**
   * Lookup484: pallet_revive_types::runtime_api::types::traces::PolkavmSyscallV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1: {
    _enum: ['Noop', 'SetStorage', 'SetStorageOrClear', 'GetStorage', 'GetStorageOrZero', 'Call', 'CallEvm', 'DelegateCall', 'DelegateCallEvm', 'Instantiate', 'CallDataSize', 'CallDataCopy', 'CallDataLoad', 'SealReturn', 'Caller', 'Origin', 'CodeHash', 'CodeSize', 'Address', 'GetImmutableData', 'SetImmutableData', 'Balance', 'BalanceOf', 'ChainId', 'GasLimit', 'ValueTransferred', 'GasPrice', 'BaseFee', 'Now', 'DepositEvent', 'BlockNumber', 'BlockHash', 'BlockAuthor', 'HashKeccak256', 'ReturnDataSize', 'ReturnDataCopy', 'RefTimeLeft', 'ConsumeAllGas', 'EcdsaToEthAddress', 'Sr25519Verify', 'Terminate', 'PvmFuel']
  },
  /**
   * Lookup487: pallet_revive_types::runtime_api::types::state_overrides::TracingConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1: {
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup490: pallet_revive::primitives::BalanceConversionError
   **/
  PalletRevivePrimitivesBalanceConversionError: {
    _enum: ['Value', 'Dust']
  },
  /**
   * Lookup491: pallet_revive_types::runtime_api::declaration::ReviveRuntimeApiVersionDeclarations
   **/
  PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations: 'BTreeMap<Text, u8>',
  /**
   * Lookup495: pallet_revive_types::runtime_api::payloads::eth_block::BlockVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup496: pallet_revive_types::runtime_api::payloads::eth_block::BlockInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1: 'Null',
  /**
   * Lookup497: pallet_revive_types::runtime_api::payloads::eth_block::BlockVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1'
    }
  },
  /**
   * Lookup498: pallet_revive_types::runtime_api::payloads::eth_block::BlockOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1: {
    block: 'PalletReviveTypesRuntimeApiTypesBlockBlockV1'
  },
  /**
   * Lookup499: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1'
    }
  },
  /**
   * Lookup500: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1: {
    blockNumber: 'U256'
  },
  /**
   * Lookup501: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1'
    }
  },
  /**
   * Lookup502: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1: {
    blockHash: 'Option<H256>'
  },
  /**
   * Lookup503: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup504: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1: 'Null',
  /**
   * Lookup505: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1'
    }
  },
  /**
   * Lookup506: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1: {
    receiptData: 'Vec<PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1>'
  },
  /**
   * Lookup507: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup508: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1: 'Null',
  /**
   * Lookup509: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1'
    }
  },
  /**
   * Lookup510: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1: {
    blockGasLimit: 'U256'
  },
  /**
   * Lookup511: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup512: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1: 'Null',
  /**
   * Lookup513: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1'
    }
  },
  /**
   * Lookup514: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1: {
    maxExtrinsicWeightInGas: 'U256'
  },
  /**
   * Lookup515: pallet_revive_types::runtime_api::payloads::balance::BalanceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1'
    }
  },
  /**
   * Lookup516: pallet_revive_types::runtime_api::payloads::balance::BalanceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup517: pallet_revive_types::runtime_api::payloads::balance::BalanceVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1'
    }
  },
  /**
   * Lookup518: pallet_revive_types::runtime_api::payloads::balance::BalanceOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1: {
    balance: 'U256'
  },
  /**
   * Lookup519: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup520: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1: 'Null',
  /**
   * Lookup521: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1'
    }
  },
  /**
   * Lookup522: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1: {
    gasPrice: 'U256'
  },
  /**
   * Lookup523: pallet_revive_types::runtime_api::payloads::nonce::NonceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1'
    }
  },
  /**
   * Lookup524: pallet_revive_types::runtime_api::payloads::nonce::NonceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup525: pallet_revive_types::runtime_api::payloads::nonce::NonceVersionedOutputPayload<Nonce>
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1'
    }
  },
  /**
   * Lookup526: pallet_revive_types::runtime_api::payloads::nonce::NonceOutputPayloadV1<Nonce>
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1: {
    nonce: 'u32'
  },
  /**
   * Lookup527: pallet_revive_types::runtime_api::payloads::call::CallVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1'
    }
  },
  /**
   * Lookup528: pallet_revive_types::runtime_api::payloads::call::CallInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1: {
    origin: 'AccountId32',
    dest: 'H160',
    value: 'u128',
    gasLimit: 'Option<SpWeightsWeightV2Weight>',
    storageDepositLimit: 'Option<u128>',
    inputData: 'Bytes'
  },
  /**
   * Lookup529: pallet_revive_types::runtime_api::payloads::call::CallVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1'
    }
  },
  /**
   * Lookup530: pallet_revive_types::runtime_api::payloads::call::CallOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1: {
    contractResult: 'PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1'
  },
  /**
   * Lookup531: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1'
    }
  },
  /**
   * Lookup532: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1: {
    origin: 'AccountId32',
    value: 'u128',
    gasLimit: 'Option<SpWeightsWeightV2Weight>',
    storageDepositLimit: 'Option<u128>',
    code: 'PalletReviveTypesRuntimeApiTypesContractCodeV1',
    data: 'Bytes',
    salt: 'Option<[u8;32]>'
  },
  /**
   * Lookup533: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1'
    }
  },
  /**
   * Lookup534: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1: {
    contractResult: 'PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1'
  },
  /**
   * Lookup535: pallet_revive_types::runtime_api::payloads::eth_transact::TransactVersionedInputPayload<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1'
    }
  },
  /**
   * Lookup536: pallet_revive_types::runtime_api::payloads::eth_transact::TransactInputPayloadV1<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    timestampOverride: 'Option<u64>',
    performBalanceChecks: 'bool',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup538: pallet_revive_types::runtime_api::payloads::eth_transact::TransactVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1'
    }
  },
  /**
   * Lookup539: pallet_revive_types::runtime_api::payloads::eth_transact::TransactOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1: {
    transactInfo: 'PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1'
  },
  /**
   * Lookup540: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasVersionedInputPayload<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1'
    }
  },
  /**
   * Lookup541: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasInputPayloadV1<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    timestampOverride: 'Option<u64>',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup543: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1'
    }
  },
  /**
   * Lookup544: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1: {
    gasEstimate: 'U256'
  },
  /**
   * Lookup545: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1'
    }
  },
  /**
   * Lookup546: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1: {
    tx: 'Bytes'
  },
  /**
   * Lookup548: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1'
    }
  },
  /**
   * Lookup549: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1: {
    weight: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup550: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1'
    }
  },
  /**
   * Lookup551: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1: {
    origin: 'AccountId32',
    code: 'Bytes',
    storageDepositLimit: 'Option<u128>'
  },
  /**
   * Lookup553: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1'
    }
  },
  /**
   * Lookup554: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1: {
    codeUploadReturnValue: 'PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1'
  },
  /**
   * Lookup555: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1'
    }
  },
  /**
   * Lookup556: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1: {
    address: 'H160',
    key: 'PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1'
  },
  /**
   * Lookup557: pallet_revive_types::runtime_api::types::storage::StorageKeyV1
   **/
  PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1: {
    _enum: {
      Fixed: '[u8;32]',
      Variable: 'Bytes'
    }
  },
  /**
   * Lookup559: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1'
    }
  },
  /**
   * Lookup560: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1: {
    storage: 'Option<Bytes>'
  },
  /**
   * Lookup561: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup562: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1: 'Null',
  /**
   * Lookup563: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1'
    }
  },
  /**
   * Lookup564: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1: {
    runtimePalletsAddress: 'H160'
  },
  /**
   * Lookup565: pallet_revive_types::runtime_api::payloads::code::CodeVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1'
    }
  },
  /**
   * Lookup566: pallet_revive_types::runtime_api::payloads::code::CodeInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup567: pallet_revive_types::runtime_api::payloads::code::CodeVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1'
    }
  },
  /**
   * Lookup568: pallet_revive_types::runtime_api::payloads::code::CodeOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1: {
    code: 'Bytes'
  },
  /**
   * Lookup569: pallet_revive_types::runtime_api::payloads::account_id::AccountIdVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1'
    }
  },
  /**
   * Lookup570: pallet_revive_types::runtime_api::payloads::account_id::AccountIdInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup571: pallet_revive_types::runtime_api::payloads::account_id::AccountIdVersionedOutputPayload<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1'
    }
  },
  /**
   * Lookup572: pallet_revive_types::runtime_api::payloads::account_id::AccountIdOutputPayloadV1<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1: {
    accountId: 'AccountId32'
  },
  /**
   * Lookup573: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1'
    }
  },
  /**
   * Lookup574: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1: {
    balance: 'U256'
  },
  /**
   * Lookup576: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1'
    }
  },
  /**
   * Lookup577: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1: {
    newBalance: 'u128',
    dust: 'u32'
  },
  /**
   * Lookup578: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup579: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1: 'Null',
  /**
   * Lookup580: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1'
    }
  },
  /**
   * Lookup581: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1: {
    blockAuthor: 'H160'
  },
  /**
   * Lookup582: pallet_revive_types::runtime_api::payloads::address::AddressVersionedInputPayload<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1'
    }
  },
  /**
   * Lookup583: pallet_revive_types::runtime_api::payloads::address::AddressInputPayloadV1<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1: {
    accountId: 'AccountId32'
  },
  /**
   * Lookup584: pallet_revive_types::runtime_api::payloads::address::AddressVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1'
    }
  },
  /**
   * Lookup585: pallet_revive_types::runtime_api::payloads::address::AddressOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup586: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockVersionedInputPayload<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2'
    }
  },
  /**
   * Lookup587: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockInputPayloadV1<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1: {
    block: 'SpRuntimeBlock',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup588: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockInputPayloadV2<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2: {
    block: 'SpRuntimeBlock',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup589: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2'
    }
  },
  /**
   * Lookup590: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1: {
    traces: 'Vec<(u32,PalletReviveTypesRuntimeApiTypesTracesTraceV1)>'
  },
  /**
   * Lookup591: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2: {
    _alias: {
      entries_: 'entries'
    },
    entries_: 'Vec<(u32,PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1)>'
  },
  /**
   * Lookup594: pallet_revive_types::runtime_api::types::traces::TraceEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1: {
    _enum: {
      Traced: 'PalletReviveTypesRuntimeApiTypesTracesTraceV2',
      NotTraced: 'Null'
    }
  },
  /**
   * Lookup595: pallet_revive_types::runtime_api::types::traces::TraceV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceV2: {
    _enum: {
      Call: 'PalletReviveTypesRuntimeApiTypesTracesCallTraceV2',
      Prestate: 'PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1',
      Execution: 'PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1'
    }
  },
  /**
   * Lookup596: pallet_revive_types::runtime_api::types::traces::CallTraceV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTraceV2: {
    from: 'H160',
    gas: 'u64',
    gasUsed: 'u64',
    to: 'H160',
    input: 'Bytes',
    output: 'Bytes',
    error: 'Option<Text>',
    revertReason: 'Option<Text>',
    calls: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV2>',
    logs: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV2>',
    value: 'Option<U256>',
    callType: 'PalletReviveTypesRuntimeApiTypesTracesCallTypeV1'
  },
  /**
   * Lookup599: pallet_revive_types::runtime_api::types::traces::CallLogV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallLogV2: {
    address: 'H160',
    topics: 'Vec<H256>',
    data: 'Bytes',
    position: 'u32',
    index: 'u32'
  },
  /**
   * Lookup600: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxVersionedInputPayload<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2'
    }
  },
  /**
   * Lookup601: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxInputPayloadV1<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1: {
    block: 'SpRuntimeBlock',
    txIndex: 'u32',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup602: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxInputPayloadV2<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, sibyl_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2: {
    block: 'SpRuntimeBlock',
    txIndex: 'u32',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup603: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2'
    }
  },
  /**
   * Lookup604: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1: {
    trace: 'Option<PalletReviveTypesRuntimeApiTypesTracesTraceV1>'
  },
  /**
   * Lookup605: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2: {
    entry: 'Option<PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1>'
  },
  /**
   * Lookup607: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2'
    }
  },
  /**
   * Lookup608: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup609: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallInputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup611: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2'
    }
  },
  /**
   * Lookup612: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1: {
    trace: 'PalletReviveTypesRuntimeApiTypesTracesTraceV1'
  },
  /**
   * Lookup613: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2: {
    trace: 'PalletReviveTypesRuntimeApiTypesTracesTraceV2'
  },
  /**
   * Lookup614: sibyl_runtime::RuntimeError
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
      Jobs: 'PalletSibylJobsError',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Revive: 'PalletReviveError'
    }
  }
};
